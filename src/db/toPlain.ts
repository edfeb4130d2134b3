import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-friendly values, once, at the
 * database boundary: integers to numbers, temporal values to ISO strings, nodes and
 * relationships to their property maps.
 *
 * Lists and plain maps are converted in place: they are the driver's freshly
 * unpacked values, owned by the caller, and a read's answer is mostly such maps, so
 * copying each one only made garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  // Map projections and record objects, most of what a read returns, are plain
  // objects: convert them before trying each driver type in turn.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return plainInPlace(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return toPlainMap(value.properties);
  if (neo4j.isRelationship(value)) return toPlainMap(value.properties);
  if (neo4j.isPoint(value)) return { x: value.x, y: value.y };
  return toPlainMap(value as Record<string, unknown>);
}

function plainInPlace(map: Record<string, unknown>): Record<string, unknown> {
  for (const k in map) {
    const v = map[k];
    // Only what needs converting is written back, so a map of plain values keeps its shape.
    if (v === undefined) map[k] = null;
    else if (v !== null && typeof v === 'object') map[k] = toPlain(v);
  }
  return map;
}

// A map the driver does not own as a plain object (a node's or relationship's
// properties, another class): its own keys, converted in a copy.
const toPlainMap = (map: Record<string, unknown>): Record<string, unknown> => plainInPlace({ ...map });

/**
 * Converts parameters for the driver: JavaScript numbers that are integers become
 * Neo4j integers (LIMIT, SKIP and stored counts and offsets need them; the driver
 * would otherwise send every number as a float). Recurses into lists and maps.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}
