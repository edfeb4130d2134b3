/**
 * Range filters match overlap: an item is kept when the days it covers meet
 * [dateFrom, dateTo]. It covers `date` to `endDate` (else `date`), and a coarse
 * date covers its whole period: a YEAR date its year, a WEEK date its week.
 *
 * Its last day is on or after `dateFrom` exactly when the period holding its end
 * (by its precision) is not before the period holding `dateFrom`, so comparing
 * both truncated to that unit needs no calendar arithmetic. `date.truncate` takes
 * 'day', 'week' (ISO, from Monday), 'month' and 'year', the precisions lower-cased.
 */
export const endsOnOrAfter = (n: string, param: string): string => {
  const unit = `toLower(coalesce(${n}.datePrecision, 'DAY'))`;
  // date.truncate fails on null rather than returning it; CASE keeps undated rows
  // (and an absent parameter) to a plain null, which no filter keeps.
  return (
    `CASE WHEN ${n}.date IS NULL OR $${param} IS NULL THEN null ELSE ` +
    `date.truncate(${unit}, coalesce(${n}.endDate, ${n}.date)) >= date.truncate(${unit}, date($${param})) END`
  );
};

/**
 * The other half of the overlap: the item starts on or before `dateTo`. A plain
 * range on the stored `date`, which the date index can answer.
 */
export const startsOnOrBefore = (n: string, param: string): string => `${n}.date <= date($${param})`;
