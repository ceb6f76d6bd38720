// Compiled by `tsc -p test/tsconfig.json` in `npm test` (never run): the shipped TypeScript
// types of the wasm package describe the API as the page uses it.
import init, {
  LowbackSession,
  negotiate,
  locales,
  contentVersion,
  pageMessageIds,
  type AnswerOutcome,
  type QuestionView,
  type Report,
  type Triage,
  type Disposition,
} from "../pkg/lowback_web.js";

export async function typed(): Promise<Disposition | null> {
  await init();
  const tags: string[] = locales();
  const session = new LowbackSession(negotiate([...tags, "fr-CA"]));
  const version: string = contentVersion();
  const view: QuestionView | null = session.question();
  if (view) {
    const values: string[] = view.options.map((o) => o.value);
    const outcome: AnswerOutcome = session.answerValues(values.slice(0, 1));
    const refused: boolean = outcome.status === "refused" && outcome.attempts_left !== null;
    const unknown: AnswerOutcome = session.dontKnow();
    void refused;
    void unknown;
  }
  const report: Report = session.report();
  const triage: Triage = JSON.parse(session.triageJson());
  const first: string | undefined = report.sections[0]?.items[0]?.text;
  void first;
  const callNumber: string | null = report.care_setting.number;
  void callNumber;
  void version;
  const locale: string = session.setLocale("fr");
  void locale;
  const fhir: string = session.fhirBundle() + session.fhirQuestionnaire() + session.cdsHooksCards();
  void fhir;
  // The page's own words: one object of texts, and the messages with variables.
  const strings: Record<string, string> = session.pageStrings();
  const ids: string[] = pageMessageIds();
  const label: string = session.messageWith("page-source", { number: 3 });
  const title: string = session.messageWith("page-document-title", { title: strings["page-brand"] ?? ids[0] ?? "" });
  void label;
  void title;
  return triage.disposition;
}
