// The JSON shapes of lowback-web's API (snake_case, as in the library's JSON Schemas under
// schemas/). Shipped in the generated lowback_web.d.ts by a typescript_custom_section.

/** How urgently to get care, lowest first. */
export type Disposition = "self_care" | "see_clinician" | "urgent" | "emergency";

/** One answer option of a question. */
export interface QuestionOption {
  /** The value to answer with (`snake_case`; `"none"` for "none of these"). */
  value: string;
  /** The option in words, in the session's language. */
  label: string;
}

/** How far the interview has come. */
export interface QuestionProgress {
  /** The number of this question (from 1). */
  number: number;
  /** Questions answered so far. */
  asked: number;
  /** An upper estimate of the questions still to come, this one included. */
  left_estimate: number;
  /** The progress in words ("Question 2. At most 5 more."). */
  text: string;
}

/** The question to ask now, in the session's language. Every question also accepts "I don't know". */
export interface QuestionView {
  /** The question's stable id: a field name, a finding id or a checklist id. */
  id: string;
  /** What the question asks about. */
  kind: "field" | "finding" | "checklist";
  /** How it is answered. */
  answer: "number" | "yes_no" | "choice" | "multi_choice";
  /** The question, in words. */
  prompt: string;
  /** How to answer, when it helps. */
  hint: string | null;
  /** The options; empty for a number. */
  options: QuestionOption[];
  /** Whether several options may be chosen. */
  multiple: boolean;
  /** The range of a number answer. */
  range: { min: number; max: number } | null;
  /** The label of the "I don't know" answer. */
  unknown_label: string;
  /** How far the interview has come. */
  progress: QuestionProgress;
}

/** One problem with an answer (stable code, English message). */
export interface AnswerProblem {
  code: string;
  message: string;
}

/** What became of an answer. */
export interface AnswerOutcome {
  /**
   * `recorded`: understood; `refused`: not understood, the same question is asked again;
   * `moved_on`: refused too often, recorded as "I don't know"; `no_question`: the interview is over.
   */
  status: "recorded" | "refused" | "moved_on" | "no_question";
  /** For `refused` and `moved_on`: what to tell the person, in the session's language. */
  message: string | null;
  /** Why the answer was refused. */
  problems: AnswerProblem[];
  /** For `refused`: how many more tries before the interview moves on. */
  attempts_left: number | null;
  /** Whether the interview is over now. */
  finished: boolean;
}

/** A rule that fired (Triage JSON). */
export interface FiredRule {
  rule: string;
  kind: "red_flag" | "referral" | "advice";
  red_flag: string | null;
  disposition: Disposition | null;
  triggers: string[];
}

/** A likely condition (Triage JSON). */
export interface ConditionMatch {
  condition: string;
  score: number;
  supporting: string[];
  against: string[];
  absent: string[];
  icd10: string[];
  snomed: string[];
}

/** The triage: language-neutral ids and levels (schemas/triage.schema.json). */
export interface Triage {
  schema_version: string;
  disposition: Disposition;
  complete: boolean;
  fired: FiredRule[];
  flags_without_rule: string[];
  conditions: ConditionMatch[];
  exercises: string[];
  care: string[];
  tips: string[];
  withheld: string[];
  cautions: string[];
  safety_net: string[];
  /** The signs of safety_net that would call for emergency care with this person's answers. */
  safety_net_emergency: string[];
  unanswered: string[];
  advice_unanswered: string[];
  references: string[];
  content_version: string;
}

/** What a report section is about. */
export type SectionKind =
  | "why"
  | "unanswered"
  | "conditions"
  | "self_check"
  | "do_now"
  | "cautions"
  | "exercises"
  | "tips"
  | "seek_help"
  | "references";

/** One entry of a report section. */
export interface ReportItem {
  /** A short title (may be empty). */
  title: string;
  /** The main text. */
  text: string;
  /** Further lines (steps, for and against, cautions). */
  details: string[];
  /** The id of what the item shows, or null for a summary line. */
  id: string | null;
  /** The numbers of the references the item cites (from 1). */
  sources: number[];
}

/** A titled group of report items. */
export interface ReportSection {
  kind: SectionKind;
  heading: string;
  items: ReportItem[];
}

/** How soon a care setting expects the person (data/care_settings.toml). */
export type TimeFrame = "now" | "today" | "days_to_weeks" | "when_needed";

/** A service, its phone number if it has one, and how soon. */
export interface CareSetting {
  service: string;
  number: string | null;
  within: TimeFrame;
}

/** A triage in words, in one language (schemas/report.schema.json). */
export interface Report {
  schema_version: string;
  locale: string;
  content_version: string;
  disposition: Disposition;
  /** Where the disposition sends the person in this locale (data/care_settings.toml, or the app's). */
  care_setting: CareSetting;
  complete: boolean;
  title: string;
  headline: string;
  action: string;
  /** For an emergency or an urgent outcome: what to do now, first. */
  act_now: string[];
  incomplete_note: string | null;
  sections: ReportSection[];
  /** Educational, not a diagnosis. */
  disclaimer: string;
  fallbacks: string[];
}
