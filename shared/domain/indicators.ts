/**
 * Modern slavery indicators, as a multi-select checklist (never a score: one indicator proves
 * nothing and their absence proves nothing). Grouped as the statutory guidance under the Modern
 * Slavery Act 2015 s49 groups them: physical and psychological; situational and environmental
 * (reference/domain.md §4.3). Labels paraphrase partner summaries of that guidance.
 *
 * Codes are stored in reports: never rename or reuse one; retire it instead.
 */
import { isOneOf } from './parseResult';

export const indicatorGroupCodes = ['physical', 'psychological', 'situational', 'environmental'] as const;
export type IndicatorGroup = (typeof indicatorGroupCodes)[number];

export const indicatorGroupLabels: Record<IndicatorGroup, string> = {
  physical: 'Physical',
  psychological: 'Psychological',
  situational: 'Situational',
  environmental: 'Environmental',
};

/** The guidance's two headings, each covering two groups. */
export const indicatorHeadings = [
  { label: 'Physical and psychological indicators', groups: ['physical', 'psychological'] },
  { label: 'Situational and environmental indicators', groups: ['situational', 'environmental'] },
] as const satisfies readonly { label: string; groups: readonly IndicatorGroup[] }[];

export interface IndicatorDef {
  code: string;
  group: IndicatorGroup;
  label: string;
  /** Extra explanation for the training checklist, where the label alone is not enough. */
  help?: string;
}

export const indicators = [
  { code: 'untreated_injuries', group: 'physical', label: 'Untreated or old injuries, or signs of physical abuse' },
  { code: 'malnourished_unkempt', group: 'physical', label: 'Malnourished, unkempt or exhausted' },
  { code: 'work_injuries', group: 'physical', label: 'Injuries from the work they do' },
  {
    code: 'unsuitable_clothing',
    group: 'physical',
    label: 'No protective equipment, or clothing unsuitable for the work or weather',
    help: 'For example flip-flops in winter, or no helmet or gloves on a building site.',
  },
  { code: 'same_clothes', group: 'physical', label: 'Wears the same clothes every day' },
  { code: 'ownership_marks', group: 'physical', label: 'Tattoos or other marks suggesting “ownership”' },
  { code: 'fearful_withdrawn', group: 'psychological', label: 'Fearful, anxious or withdrawn' },
  { code: 'avoids_eye_contact', group: 'psychological', label: 'Avoids eye contact' },
  { code: 'fear_of_authorities', group: 'psychological', label: 'Afraid of the police or other authorities' },
  { code: 'fear_of_deportation', group: 'psychological', label: 'Afraid of deportation' },
  { code: 'fear_of_violence', group: 'psychological', label: 'Afraid of violence to themselves or their family' },
  {
    code: 'trauma_signs',
    group: 'psychological',
    label: 'Signs of trauma (hostility, poor recall, difficulty concentrating)',
    help: 'Symptoms of post-traumatic stress can make an account patchy or inconsistent: this is not a sign that it is untrue.',
  },
  {
    code: 'does_not_self_identify',
    group: 'psychological',
    label: 'Does not see themselves as a victim',
    help: 'Many victims do not, for example because they feel they owe a debt or that their situation is better than at home.',
  },
  { code: 'rehearsed_account', group: 'psychological', label: 'Gives a prepared account, or one very like others’' },
  { code: 'inconsistent_account', group: 'psychological', label: 'Gives an inconsistent account' },
  { code: 'no_identity_documents', group: 'situational', label: 'No identity or travel documents, or someone else holds them' },
  { code: 'spoken_for', group: 'situational', label: 'Someone else speaks for them or goes everywhere with them' },
  { code: 'unaware_of_address', group: 'situational', label: 'Does not know their home or work address' },
  { code: 'cannot_name_employer', group: 'situational', label: 'Unable or unwilling to name their employer' },
  { code: 'excessive_hours', group: 'situational', label: 'Works excessive hours with no days off' },
  { code: 'little_or_no_pay', group: 'situational', label: 'Little or no pay, or deductions from wages' },
  { code: 'debt_bondage', group: 'situational', label: 'Owes a debt, real or perceived, to the people they work for' },
  { code: 'daily_minimum', group: 'situational', label: 'Has to earn a minimum amount each day' },
  { code: 'no_contract', group: 'situational', label: 'No employment contract' },
  { code: 'finances_controlled', group: 'situational', label: 'Bank account or cards controlled by someone else' },
  { code: 'wages_paid_to_others', group: 'situational', label: 'Wages paid into someone else’s account' },
  { code: 'moved_between_sites', group: 'situational', label: 'Moved between workplaces or addresses' },
  { code: 'transported_to_work', group: 'situational', label: 'Taken to and from work, often at unusual hours' },
  { code: 'false_promises', group: 'situational', label: 'Recruited with false promises about the work or conditions' },
  { code: 'benefits_in_their_name', group: 'situational', label: 'Benefits claimed in their name by someone else' },
  { code: 'child_not_in_school', group: 'situational', label: 'A child of school age who is not in school' },
  { code: 'lives_at_workplace', group: 'environmental', label: 'Lives and works at the same address' },
  { code: 'poor_housing', group: 'environmental', label: 'Dirty, cramped or overcrowded housing (shared mattresses, no hot water)' },
  { code: 'many_unrelated_occupants', group: 'environmental', label: 'Many unrelated people living at one address' },
  { code: 'kept_in', group: 'environmental', label: 'Security measures that keep people in' },
  { code: 'short_stay_visitors', group: 'environmental', label: 'Many short-stay visitors, usually men (possible brothel)' },
  {
    code: 'cannabis_farm_signs',
    group: 'environmental',
    label: 'Blacked-out windows, high electricity use, smell or unusual ventilation (possible cannabis farm)',
  },
  { code: 'poor_health_and_safety', group: 'environmental', label: 'Poor health and safety at the workplace' },
] as const satisfies readonly IndicatorDef[];

export type IndicatorCode = (typeof indicators)[number]['code'];
export const indicatorCodes = indicators.map((indicator) => indicator.code) as readonly IndicatorCode[];

export const isIndicatorCode = (value: unknown): value is IndicatorCode => isOneOf(indicatorCodes, value);

const byCode = new Map<string, IndicatorDef>(indicators.map((indicator) => [indicator.code, indicator]));

export function indicatorLabel(code: IndicatorCode): string {
  return byCode.get(code)?.label ?? code;
}

export function indicatorsInGroup(group: IndicatorGroup): readonly IndicatorDef[] {
  return indicators.filter((indicator) => indicator.group === group);
}
