/**
 * Which guidelines a person is advised of and acknowledges. The version names
 * the policy's administrative update (6.9, October 18, 2016), then Postwise's
 * own revision of what it advises. Change it when the bundled policy text
 * changes, or when Postwise's rules change in a way employees should read
 * about: the welcome page then opens once more, and an acknowledgement of an
 * older version is shown as out of date. tests/unit/welcome/version.test.ts
 * records the policy text and the rules at each version, and fails when they
 * change without a new version.
 */
export const GUIDELINES_VERSION = '2016-10-18.1';

/** What is acknowledged, as the export names it. */
export const GUIDELINES_TITLE =
  'Social Media Policy (6.9) and Appendix 6-B, Guidelines for Employees’ Use of Social Media, Government of Nova Scotia';
