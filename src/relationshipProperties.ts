import { RELATIONSHIP_PROPERTIES, STANCES, type RelationshipType } from './model.js';

/**
 * Checks a relationship's own properties against what its type allows. Returns one
 * message per problem, keyed by property name; shared by the seeder and mutations.
 */
export function relationshipPropertyProblems(
  type: RelationshipType,
  props: Record<string, unknown>,
): { key: string; message: string }[] {
  const allowed = RELATIONSHIP_PROPERTIES[type] ?? [];
  const problems: { key: string; message: string }[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (!allowed.includes(key)) {
      problems.push({
        key,
        message: allowed.length
          ? `${type} allows only the properties ${allowed.join(', ')}`
          : `${type} takes no properties`,
      });
    } else if (typeof value !== 'string' || value.trim() === '' || value.length > 500) {
      problems.push({ key, message: 'must be a non-empty string of at most 500 characters' });
    } else if (key === 'stance' && !(STANCES as readonly string[]).includes(value)) {
      problems.push({ key, message: `must be one of ${STANCES.join(', ')}` });
    }
  }
  if (type === 'HOLDS_ROLE' && typeof props.title !== 'string') problems.push({ key: 'title', message: 'is required' });
  if (type === 'HAS_POSITION' && typeof props.stance !== 'string')
    problems.push({ key: 'stance', message: 'is required' });
  return problems;
}
