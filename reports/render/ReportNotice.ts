/**
 * A notice a renderer puts under a report's title, in every format alike: the Markdown's bold
 * line after the title, the HTML's banner after the header. What an interrupted run's report
 * says of itself (`partial (interrupted): 2 of 5 replications complete…`).
 */
export interface ReportNotice {
  /** The bold part: `partial (interrupted): …`. */
  readonly headline: string;
  /** What follows it: `this report holds the complete ones only.` */
  readonly detail: string;
}
