// Names of the server dictionaries the pages use (GET /api/v1/dictionaries keys).
// One place to follow a rename on the server.
export const DICT = {
  role: 'roles',
  scope: 'scopes',
  gender: 'genders',
  rank: 'ranks',
  partyStatus: 'party_statuses',
  personStatus: 'person_statuses',
  positionEventKind: 'position_event_kinds',
  accountStatus: 'account_states',
  auditAction: 'audit_actions',
  auditObjectType: 'audit_object_types',
} as const
