import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { mentionPage, type MentionArgs } from './common.js';
import type { NodeRecord, RelRecord } from '../records.js';
import type {
  EdgeResolvers,
  ParticipationResolvers,
  PositionResolvers,
  RelationshipResolvers,
  RoleResolvers,
  Stance,
} from '../schema/generated/resolvers.js';

/** One end of a relationship: the already-fetched far node when it is that end, else a batched lookup. */
export async function endpoint(r: RelRecord, end: 'from' | 'to', ctx: Context): Promise<NodeRecord> {
  const id = r[end];
  if (r.other && r.other.id === id) return r.other;
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new NotFoundError(`Node ${id} no longer exists.`, id);
  return node;
}

const provenance = (r: RelRecord, args: MentionArgs, ctx: Context) => mentionPage(r.id, r.mentions, args, ctx);
const ownProps = (r: RelRecord) => Object.fromEntries(Object.entries(r.props).filter(([k]) => k !== 'id'));

export const Relationship: RelationshipResolvers = {
  direction: (r) => (r.viewer === r.from ? 'OUT' : 'IN'),
  from: (r, _a, ctx) => endpoint(r, 'from', ctx),
  to: (r, _a, ctx) => endpoint(r, 'to', ctx),
  other: (r, _a, ctx) => endpoint(r, r.viewer === r.from ? 'to' : 'from', ctx),
  properties: ownProps,
  provenance,
};

export const Edge: EdgeResolvers = {
  properties: ownProps,
  provenance,
};

export const Role: RoleResolvers = {
  title: (r) => String(r.props.title ?? ''),
  person: (r, _a, ctx) => endpoint(r, 'from', ctx),
  actsFor: (r, _a, ctx) => endpoint(r, 'to', ctx),
  provenance,
};

export const Participation: ParticipationResolvers = {
  participant: (r, _a, ctx) => endpoint(r, 'from', ctx),
  in: (r, _a, ctx) => endpoint(r, 'to', ctx),
  role: (r) => (typeof r.props.role === 'string' ? r.props.role : null),
  provenance,
};

export const Position: PositionResolvers = {
  holder: (r, _a, ctx) => endpoint(r, 'from', ctx),
  proposal: (r, _a, ctx) => endpoint(r, 'to', ctx),
  stance: (r) => (r.props.stance as Stance | undefined) ?? 'NEUTRAL',
  summary: (r) => (typeof r.props.summary === 'string' ? r.props.summary : null),
  provenance,
};
