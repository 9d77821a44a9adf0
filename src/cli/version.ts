/** changegate's version, as `changegate --version` prints it. */
export const VERSION = '0.1.0';
