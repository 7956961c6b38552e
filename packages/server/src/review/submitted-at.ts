/**
 * When an application was last sent, as SQL over `records`: its latest version's time once it was
 * amended and sent again (application_versions, migration 012), else when it was received. Its
 * review cycle is counted from this day, so a resubmission joins the next cycle while
 * `received_at` (which the fees and the rules in force are counted from) stays the first day.
 * @example db.query(`select ${SUBMITTED_AT} as submitted_at from records where id = $1`, [id])
 */
export const SUBMITTED_AT =
  '(coalesce((select max(v.received_at) from application_versions v where v.record_id = records.id), records.received_at))';
