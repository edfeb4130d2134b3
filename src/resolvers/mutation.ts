import { noteWrite } from '../cache/localWrites.js';
import type { Context } from '../context.js';
import { nodesByIds } from '../cypher/nodeCypher.js';
import { relationshipById } from '../cypher/writeCypher.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { parseRelationshipId } from '../ids.js';
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model.js';
import type { NodeRecord, RelRecord } from '../records.js';
import type { MutationResolvers, ProvenanceInput } from '../schema/generated/resolvers.js';
import type { ChangeSet, MentionInput, WriteMode } from '../write/changeSet.js';
import { slugify } from '../write/slugify.js';
import { writeChangeSet } from '../write/writer.js';
import { requireWriter } from '../requireWriter.js';
import { ingestArticleMutation } from './ingest.js';

type Input = Record<string, unknown> & { id?: string | null; provenance: ProvenanceInput };
type Patch = Record<string, unknown> & { provenance: ProvenanceInput };

const mention = (p: ProvenanceInput, at: string): MentionInput => ({
  sourceId: p.sourceId,
  quote: p.quote,
  start: p.start ?? null,
  at,
});

/** Runs a change set as the request's writer and reads back what the mutation returns. */
async function write<T>(
  ctx: Context,
  change: ChangeSet,
  read: (rows: Record<string, unknown>[]) => T,
  back: ReturnType<typeof nodesByIds>,
) {
  const actor = requireWriter(ctx);
  const { result, value } = await writeChangeSet(ctx.db, change, {
    actor,
    log: ctx.log,
    readBack: async (run) => read(await run(back)),
  });
  noteWrite(ctx, result);
  return value;
}

/** Runs a delete as the request's writer; the caller checks what it removed. */
async function writeDelete(ctx: Context, change: ChangeSet) {
  const actor = requireWriter(ctx);
  const { result } = await writeChangeSet(ctx.db, change, { actor, log: ctx.log });
  noteWrite(ctx, result);
  return result;
}

/** The id a create or upsert writes: the one given, or a slug of the name (or text). */
function idOf(input: Input): string {
  if (input.id !== null && input.id !== undefined) return input.id;
  const id = slugify(String(input.name ?? input.text ?? ''));
  if (!id) throw new BadUserInputError('Cannot derive an id from the input; give input.id explicitly.', 'input.id');
  return id;
}

const node = (rows: Record<string, unknown>[]) => {
  if (!rows[0]) throw new NotFoundError('The node was deleted by a concurrent write.');
  return rows[0].node as NodeRecord;
};

/** create, update, upsert and delete for one node label, all through the writer. */
function nodeMutations(label: NodeLabel) {
  const put = (mode: WriteMode, kind: ChangeSet['kind']) => (_p: unknown, a: { input: Input }, ctx: Context) => {
    requireWriter(ctx);
    const { provenance, ...rest } = a.input;
    const id = idOf(a.input);
    const fields = Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'id'));
    return write(
      ctx,
      { kind, nodes: [{ label, id, mode, fields, mentions: [mention(provenance, 'input.provenance')], at: 'input' }] },
      node,
      nodesByIds([id]),
    );
  };
  return {
    create: put('create', 'CREATE'),
    upsert: put('replace', 'UPSERT'),
    update: (_p: unknown, a: { id: string; patch: Patch }, ctx: Context) => {
      const { provenance, ...fields } = a.patch;
      return write(
        ctx,
        {
          kind: 'UPDATE',
          nodes: [
            {
              label,
              id: a.id,
              mode: 'patch',
              fields,
              mentions: [mention(provenance, 'patch.provenance')],
              at: 'patch',
            },
          ],
        },
        node,
        nodesByIds([a.id]),
      );
    },
    remove: async (_p: unknown, a: { id: string }, ctx: Context) => {
      const result = await writeDelete(ctx, { kind: 'DELETE', deleteNodes: [{ id: a.id, label }] });
      if (!result.deletedNodes.includes(a.id)) throw new NotFoundError(`No ${label} with id "${a.id}".`, a.id);
      return { id: a.id, relationshipsDeleted: result.relationshipIds.length };
    },
  };
}

/** Checks that a relationship id is well formed and names a known type. */
function splitRelationshipId(id: string): { from: string; type: RelationshipType; to: string } {
  const parts = parseRelationshipId(id);
  if (!parts || !(parts.type in RELATIONSHIP_TYPES)) {
    throw new BadUserInputError('id must be a relationship id of the form "from:TYPE:to".', 'id');
  }
  return parts as { from: string; type: RelationshipType; to: string };
}

const rel = (rows: Record<string, unknown>[]) => {
  if (!rows[0]) throw new NotFoundError('The relationship was deleted by a concurrent write.');
  return rows[0].rel as RelRecord;
};

function putRelationship(mode: WriteMode, kind: ChangeSet['kind']) {
  return (
    _p: unknown,
    { input }: { input: { from: string; type: string; to: string; properties?: unknown; provenance: ProvenanceInput } },
    ctx: Context,
  ) => {
    const type = input.type as RelationshipType;
    return write(
      ctx,
      {
        kind,
        relationships: [
          {
            type,
            from: input.from,
            to: input.to,
            mode,
            properties: (input.properties ?? {}) as Record<string, unknown>,
            mentions: [mention(input.provenance, 'input.provenance')],
            at: 'input',
          },
        ],
      },
      rel,
      relationshipById(type, input.from, input.to),
    );
  };
}

const person = nodeMutations('Person');
const place = nodeMutations('Place');
const organization = nodeMutations('Organization');
const event = nodeMutations('Event');
const negotiation = nodeMutations('Negotiation');
const proposal = nodeMutations('Proposal');
const statement = nodeMutations('Statement');
const figure = nodeMutations('Figure');

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
  createProposal: proposal.create,
  updateProposal: proposal.update,
  upsertProposal: proposal.upsert,
  deleteProposal: proposal.remove,
  createStatement: statement.create,
  updateStatement: statement.update,
  upsertStatement: statement.upsert,
  deleteStatement: statement.remove,
  createFigure: figure.create,
  updateFigure: figure.update,
  upsertFigure: figure.upsert,
  deleteFigure: figure.remove,

  createRelationship: putRelationship('create', 'CREATE'),
  upsertRelationship: putRelationship('merge', 'UPSERT'),

  updateRelationship: (_p, { id, properties, provenance }, ctx) => {
    const { from, type, to } = splitRelationshipId(id);
    return write(
      ctx,
      {
        kind: 'UPDATE',
        relationships: [
          {
            type,
            from,
            to,
            mode: 'patch',
            properties,
            mentions: [mention(provenance, 'provenance')],
            at: '',
          },
        ],
      },
      rel,
      relationshipById(type, from, to),
    );
  },

  ingestArticle: async (p, a, ctx) => {
    const ingested = await ingestArticleMutation(p, a, ctx);
    noteWrite(ctx, ingested.write);
    return ingested;
  },

  deleteRelationship: async (_p, { id }, ctx) => {
    requireWriter(ctx);
    const { from, type, to } = splitRelationshipId(id);
    const result = await writeDelete(ctx, { kind: 'DELETE', deleteRelationships: [{ type, from, to }] });
    if (!result.deletedRelationships.includes(id)) throw new NotFoundError(`No relationship with id "${id}".`, id);
    return { id, relationshipsDeleted: 1 };
  },
};
