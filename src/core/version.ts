/** changegate's version, shown by --version and in every report that names what produced it. */
export const VERSION = '0.1.0';

/**
 * Where the rules' documentation is published for this version: a URL that works from a browser and
 * from a printout (a report never links to files on the machine that wrote it).
 */
export const RULE_DOCS_URL = `https://github.com/changegate/changegate/blob/v${VERSION}/docs/rules`;
