import type { Context } from '../context.js';
import {
  createNode,
  datesOf,
  deleteNode,
  deleteRelationship,
  labelsOf,
  mergeRelationship,
  replaceNode,
  updateNode,
  updateRelationship,
} from '../cypher/mutationCypher.js';
import { parseRelationshipId } from '../cypher/nodeCypher.js';
import { relationshipId } from '../cypher/upsertCypher.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model.js';
import type { NodeRecord, RelRecord } from '../records.js';
import { relationshipPropertyProblems } from '../relationshipProperties.js';
import type { MutationResolvers, ProvenanceInput } from '../schema/generated/resolvers.js';
import { requireWriter } from './auth.js';
import { entityProps, resolveId, resolveProvenance, type WritableLabel } from './writeInput.js';

type Input = Record<string, unknown> & { id?: string | null; name: string; provenance: ProvenanceInput };
type Patch = Record<string, unknown> & { provenance: ProvenanceInput };

const count = (ctx: Context) => () => {
  ctx.stats.queries += 1;
};

/** Creates a node; refuses a taken id. Validation and write share one transaction. */
function create(label: WritableLabel, ctx: Context, input: Input): Promise<NodeRecord> {
  requireWriter(ctx);
  const { provenance, id: rawId, ...fields } = input;
  const { props, dates } = entityProps(label, fields, 'input');
  const id = resolveId(rawId, input.name, 'input.id');
  return ctx.db.transaction(async (run) => {
    const mention = await resolveProvenance(run, provenance, 'input.provenance');
    const existing = await run(labelsOf([id]));
    if (existing.length) {
      throw new BadUserInputError(`The id "${id}" is already taken by a ${String(existing[0]!.label)}.`, 'input.id');
    }
    const rows = await run(createNode(label, id, props, dates, mention));
    return rows[0]!.node as NodeRecord;
  }, count(ctx));
}

function update(label: WritableLabel, ctx: Context, id: string, patch: Patch): Promise<NodeRecord> {
  requireWriter(ctx);
  const { provenance, ...fields } = patch;
  const { props, dates } = entityProps(label, fields, 'patch');
  return ctx.db.transaction(async (run) => {
    const mention = await resolveProvenance(run, provenance, 'patch.provenance');
    if ('date' in dates !== 'endDate' in dates) {
      // Only one end of the range changes: check it against the stored other end.
      const [stored] = await run(datesOf(label, id));
      const start = 'date' in dates ? dates.date : (stored?.date as string | null | undefined);
      const end = 'endDate' in dates ? dates.endDate : (stored?.endDate as string | null | undefined);
      if (start && end && end < start) {
        throw new BadUserInputError(
          'The event would end before it starts.',
          'date' in dates ? 'patch.date' : 'patch.endDate',
        );
      }
    }
    const rows = await run(updateNode(label, id, props, dates, mention));
    if (!rows[0]) throw new NotFoundError(`No ${label} with id "${id}".`, id);
    return rows[0].node as NodeRecord;
  }, count(ctx));
}

function upsert(label: WritableLabel, ctx: Context, input: Input): Promise<NodeRecord> {
  requireWriter(ctx);
  const { provenance, id: rawId, ...fields } = input;
  const { props, dates } = entityProps(label, fields, 'input');
  const id = resolveId(rawId, input.name, 'input.id');
  return ctx.db.transaction(async (run) => {
    const mention = await resolveProvenance(run, provenance, 'input.provenance');
    const existing = await run(labelsOf([id]));
    const current = existing[0]?.label;
    if (current && current !== label) {
      throw new BadUserInputError(`The id "${id}" belongs to a ${String(current)}, not a ${label}.`, 'input.id');
    }
    const rows = await run(replaceNode(label, id, props, dates, mention));
    return rows[0]!.node as NodeRecord;
  }, count(ctx));
}

async function remove(label: WritableLabel, ctx: Context, id: string) {
  requireWriter(ctx);
  const rows = await ctx.db.write(deleteNode(label, id), count(ctx));
  if (!rows[0]) throw new NotFoundError(`No ${label} with id "${id}".`, id);
  return { id, relationshipsDeleted: rows[0].rels as number };
}

/** Checks that a relationship id is well formed and names a known type. */
function splitRelationshipId(id: string): { from: string; type: RelationshipType; to: string } {
  const parts = parseRelationshipId(id);
  if (!parts || !(parts.type in RELATIONSHIP_TYPES)) {
    throw new BadUserInputError('id must be a relationship id of the form "from:TYPE:to".', 'id');
  }
  return parts as { from: string; type: RelationshipType; to: string };
}

function checkProperties(type: RelationshipType, props: Record<string, unknown>, field: string) {
  const problem = relationshipPropertyProblems(type, props)[0];
  if (problem) throw new BadUserInputError(`${field}.${problem.key} ${problem.message}.`, `${field}.${problem.key}`);
}

const entityMutations = (label: WritableLabel) => ({
  create: (_p: unknown, a: { input: Input }, ctx: Context) => create(label, ctx, a.input),
  update: (_p: unknown, a: { id: string; patch: Patch }, ctx: Context) => update(label, ctx, a.id, a.patch),
  upsert: (_p: unknown, a: { input: Input }, ctx: Context) => upsert(label, ctx, a.input),
  remove: (_p: unknown, a: { id: string }, ctx: Context) => remove(label, ctx, a.id),
});

const person = entityMutations('Person');
const place = entityMutations('Place');
const organization = entityMutations('Organization');
const event = entityMutations('Event');
const negotiation = entityMutations('Negotiation');

export const Mutation: MutationResolvers = {
  createPerson: person.create,
  updatePerson: person.update,
  upsertPerson: person.upsert,
  deletePerson: person.remove,
  createPlace: place.create,
  updatePlace: place.update,
  upsertPlace: place.upsert,
  deletePlace: place.remove,
  createOrganization: organization.create,
  updateOrganization: organization.update,
  upsertOrganization: organization.upsert,
  deleteOrganization: organization.remove,
  createEvent: event.create,
  updateEvent: event.update,
  upsertEvent: event.upsert,
  deleteEvent: event.remove,
  createNegotiation: negotiation.create,
  updateNegotiation: negotiation.update,
  upsertNegotiation: negotiation.upsert,
  deleteNegotiation: negotiation.remove,

  createRelationship: (_p, { input }, ctx) => {
    requireWriter(ctx);
    const type = input.type as RelationshipType;
    const props = input.properties ?? {};
    checkProperties(type, props, 'input.properties');
    return ctx.db.transaction(async (run) => {
      const mention = await resolveProvenance(run, input.provenance, 'input.provenance');
      const found = new Map(
        (await run(labelsOf([input.from, input.to]))).map((r) => [r.id as string, String(r.label)]),
      );
      const spec = RELATIONSHIP_TYPES[type];
      for (const end of ['from', 'to'] as const) {
        const label = found.get(input[end]);
        if (!label) throw new BadUserInputError(`No node with id "${input[end]}".`, `input.${end}`);
        if (!(spec[end] as readonly string[]).includes(label)) {
          throw new BadUserInputError(
            `${type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${label}; allowed: ${spec[end].join(', ')}.`,
            `input.${end}`,
          );
        }
      }
      const id = relationshipId(input.from, type, input.to);
      const rows = await run(mergeRelationship(type, id, input.from, input.to, props, mention));
      return rows[0]!.rel as RelRecord;
    }, count(ctx));
  },

  updateRelationship: (_p, { id, properties, provenance }, ctx) => {
    requireWriter(ctx);
    const { from, type, to } = splitRelationshipId(id);
    checkProperties(type, properties, 'properties');
    return ctx.db.transaction(async (run) => {
      const mention = await resolveProvenance(run, provenance, 'provenance');
      const rows = await run(updateRelationship(type, from, to, properties, mention));
      if (!rows[0]) throw new NotFoundError(`No relationship with id "${id}".`, id);
      return rows[0].rel as RelRecord;
    }, count(ctx));
  },

  deleteRelationship: async (_p, { id }, ctx) => {
    requireWriter(ctx);
    const { from, type, to } = splitRelationshipId(id);
    const rows = await ctx.db.write(deleteRelationship(type, from, to), count(ctx));
    if (!rows[0]?.deleted) throw new NotFoundError(`No relationship with id "${id}".`, id);
    return { id, relationshipsDeleted: 1 };
  },
};
