/** Named errors of graph import/export: callers and tests tell them apart by `name`. */

/** A saved graph (JSON, GEXF, GraphML) that is not valid: `issues` lists the first problems found. */
export class GraphFormatError extends Error {
  readonly issues: string[];
  constructor(message: string, issues: string[] = []) {
    super(issues.length ? `${message}: ${issues.join('; ')}` : message);
    this.name = 'GraphFormatError';
    this.issues = issues;
  }
}

/** A saved graph larger than this application will load (text length, nodes or edges). */
export class GraphTooLargeError extends GraphFormatError {
  constructor(message: string) {
    super(message);
    this.name = 'GraphTooLargeError';
  }
}
