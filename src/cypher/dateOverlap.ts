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
  const from = `date($${param})`;
  const unit = `toLower(coalesce(${n}.datePrecision, 'DAY'))`;
  // First two ranges the date indexes answer, which hold every match: an item ends
  // at the latest with the year it starts in (YEAR being the coarsest precision),
  // unless it has an end date, which must then fall in the parameter's year or later.
  // A few more legs (one per precision) would read fewer rows, but each OR leg
  // multiplies the planner's work: with five, planning took seconds. Then the exact
  // test; date.truncate fails on null rather than returning it, hence the CASE.
  const year = `date.truncate('year', ${from})`;
  return (
    `(${n}.date >= ${year} OR ${n}.endDate >= ${year}) AND ` +
    `CASE WHEN ${n}.date IS NULL OR $${param} IS NULL THEN null ELSE ` +
    `date.truncate(${unit}, coalesce(${n}.endDate, ${n}.date)) >= date.truncate(${unit}, ${from}) END`
  );
};

/**
 * The other half of the overlap: the item starts on or before `dateTo`. A plain
 * range on the stored `date`, which the date index can answer.
 */
export const startsOnOrBefore = (n: string, param: string): string => `${n}.date <= date($${param})`;
