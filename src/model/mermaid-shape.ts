// The lines posflow's renderMermaid writes, once each quoted label is emptied: document text only ever
// sits inside a label, so it cannot add a node, an edge, a `click`, a subgraph or a `%%{init}%%`. A
// ```mermaid block of only such lines is posflow's chart (drawn from the model, redrawn by fmt); any
// other is the author's own diagram and is kept as written.
const POSFLOW_MERMAID_LINE =
  /^(?:swimlane-beta TB|flowchart TB|%% posflow-alur-digambar \{.*\}|  %% tahap "" mulai langkah [\p{L}\p{N}.]+|  subgraph (?:p\d+)?L\d+\[""\]|    direction TB|  end|(?:  |    )(?:p\d+)?s\d+(?:\(\[""\]\)|\{""\}|\[""\])|  (?:p\d+)?end0\(\[""\]\)|  (?:p\d+)?s\d+ -->(?:\|""\|)? (?:p\d+)?(?:s\d+|end0))$/u;

/** The first line of a Mermaid text (front matter aside) that renderMermaid would not write, or null. */
export function foreignMermaidLine(mmd: string): string | null {
  const body = mmd.replace(/^---\n(?:.*\n)*?---\n/, "");
  for (const line of body.replace(/\n$/, "").split("\n")) {
    if (!POSFLOW_MERMAID_LINE.test(line.replace(/"[^"\n]*"/g, '""'))) return line;
  }
  return null;
}

/** Is this ```mermaid block's text posflow's own chart? */
export const isPosflowMermaid = (body: string): boolean => foreignMermaidLine(body) === null;
