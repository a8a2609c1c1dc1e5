/**
 * Conditions on a report `r` that the reports list and search both offer (handling code,
 * district, exploitation type, date range), as SQL with named parameters. The report's date is
 * when it occurred, else when it was received.
 */
export interface ReportConditions {
  handling?: string | null;
  district?: string | null;
  exploitation?: string | null;
  /** ISO dates, inclusive. */
  from?: string | null;
  to?: string | null;
}

export interface SqlConditions {
  where: string[];
  params: Record<string, unknown>;
}

export function addReportConditions(sql: SqlConditions, conditions: ReportConditions): void {
  const add = (clause: string, name: string, value: string | null | undefined) => {
    if (!value) return;
    sql.where.push(clause);
    sql.params[name] = value;
  };
  add('r.handling_code = @handling', 'handling', conditions.handling);
  add('r.district = @district', 'district', conditions.district);
  add(
    'EXISTS (SELECT 1 FROM json_each(r.exploitation_types) WHERE value = @exploitation)',
    'exploitation',
    conditions.exploitation,
  );
  add('coalesce(r.occurred_on, r.received_on) >= @from', 'from', conditions.from);
  add('coalesce(r.occurred_on, r.received_on) <= @to', 'to', conditions.to);
}
