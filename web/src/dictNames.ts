// Names of the server dictionaries the pages use (GET /api/v1/dictionaries keys;
// see src/domain/org/org_codes.h and src/domain/dictionary). One place to follow a
// rename on the server.
export const DICT = {
  role: 'role',
  scope: 'scope',
  gender: 'gender',
  rank: 'rank',
  partyStatus: 'party_status',
  personStatus: 'person_status',
  positionEventKind: 'position_event_kind',
  yesNo: 'yes_no',
  accountStatus: 'account_status',
  auditAction: 'audit_action',
  auditObjectType: 'audit_object_type',
} as const
