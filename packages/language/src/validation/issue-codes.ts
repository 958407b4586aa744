/**
 * Stable diagnostic codes, shared by the validator, the quick fixes and the README.
 * Never rename a code: CI scripts and editor settings refer to them.
 */
export const IssueCodes = {
    DuplicateCaseNumber: 'duplicate-case-number',
    MissingDecision: 'missing-decision',
    CaseYearMismatch: 'case-year-mismatch',
    CaseNumberOrder: 'case-number-order',
    InvalidCaseNumber: 'invalid-case-number',
    MissingCaseTitle: 'missing-case-title',
    InvalidDate: 'invalid-date',
    WeekdayMismatch: 'weekday-mismatch',
    DeadlineBeforeMeeting: 'deadline-before-meeting',
    DeadlineWithoutResponsible: 'deadline-without-responsible',
    UnknownPerson: 'unknown-person',
    PresentAndAbsent: 'present-and-absent',
    DuplicateAttendee: 'duplicate-attendee',
    ExemptWithoutBasis: 'exempt-without-basis',
    UnresolvedCaseReference: 'unresolved-case-reference',
    NextMeetingInPast: 'next-meeting-in-past',
    DecisionInAnyOtherBusiness: 'decision-in-any-other-business',
    MissingHeaderField: 'missing-header-field',
    DuplicateHeaderField: 'duplicate-header-field',
    MisplacedLine: 'misplaced-line',
    InvalidVote: 'invalid-vote',
    NearMissKeyword: 'near-miss-keyword',
    NearMissExemption: 'near-miss-exemption',
    ExemptionAtCaseEnd: 'exemption-at-case-end',
    EmptyAttendee: 'empty-attendee',
    UnparsedValue: 'unparsed-value',
    EmptyMinutes: 'empty-minutes',
    AmbiguousPerson: 'ambiguous-person',
    PersonNotPresent: 'person-not-present',
    UnresolvedMeetingReference: 'unresolved-meeting-reference',
    /** Set by Langium's DocumentValidator (as `data.code`) on syntax errors; listed here for the README and tests. */
    ParsingError: 'parsing-error',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];
