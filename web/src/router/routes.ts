// The page map. Each route names the permission it needs (meta.permission, any of a
// list); the side menu is built from the routes the signed-in user may open, and a
// direct URL to a route the user may not open renders the 403 page instead.
import type { RouteRecordRaw } from 'vue-router'
import { moduleRoutes } from '@/modules'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string // i18n key
    icon?: string // icon name from @element-plus/icons-vue (registered in components/icons.ts)
    permission?: string | string[]
    public?: boolean
    menu?: boolean // shown in the side menu
    group?: string // i18n key of the menu group
    allowPasswordChange?: boolean
  }
}

export const appRoutes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('@/views/dashboard/HomeView.vue'), meta: { title: 'menu.home', icon: 'HomeFilled', permission: 'dashboard.read', menu: true } },
  { path: 'org/departments', name: 'departments', component: () => import('@/views/org/DepartmentsView.vue'), meta: { title: 'menu.departments', icon: 'OfficeBuilding', permission: 'org.read', menu: true, group: 'menu.org' } },
  { path: 'org/branches', name: 'branches', component: () => import('@/views/org/BranchesView.vue'), meta: { title: 'menu.branches', icon: 'Flag', permission: 'org.read', menu: true, group: 'menu.org' } },
  { path: 'org/positions', name: 'positions', component: () => import('@/views/org/PositionsView.vue'), meta: { title: 'menu.positions', icon: 'Suitcase', permission: 'org.read', menu: true, group: 'menu.org' } },
  { path: 'org/people', name: 'people', component: () => import('@/views/org/PeopleView.vue'), meta: { title: 'menu.people', icon: 'User', permission: 'org.read', menu: true, group: 'menu.org' } },
  { path: 'org/people/:id(\\d+)', name: 'person', component: () => import('@/views/org/PersonDetail.vue'), meta: { title: 'person.basic', permission: 'org.read' } },
  { path: 'org/import', name: 'import', component: () => import('@/views/org/ImportView.vue'), meta: { title: 'menu.import', icon: 'Upload', permission: 'org.manage', menu: true, group: 'menu.org' } },
  // Supervision (监督执纪): clue pages need clue.handle (the server hides every clue the
  // account is not handling), statistics clue.stats, talks talk.read.
  { path: 'supervision/clues', name: 'clues', component: () => import('@/views/supervision/ClueListView.vue'), meta: { title: 'supervision.menu.clues', icon: 'Tickets', permission: 'clue.handle', menu: true, group: 'supervision.menu.group' } },
  { path: 'supervision/clues/new', name: 'clue-new', component: () => import('@/views/supervision/ClueNewView.vue'), meta: { title: 'supervision.menu.clueNew', permission: 'clue.handle' } },
  { path: 'supervision/clues/:id(\\d+)/form', name: 'clue-form', component: () => import('@/views/supervision/ClueApprovalForm.vue'), meta: { title: 'supervision.clue.printForm', permission: 'clue.handle' } },
  { path: 'supervision/clues/:id(\\d+)', name: 'clue', component: () => import('@/views/supervision/ClueDetail.vue'), meta: { title: 'supervision.menu.clue', permission: 'clue.handle' } },
  { path: 'supervision/deadlines', name: 'clue-deadlines', component: () => import('@/views/supervision/DeadlinesView.vue'), meta: { title: 'supervision.menu.deadlines', icon: 'AlarmClock', permission: 'clue.handle', menu: true, group: 'supervision.menu.group' } },
  { path: 'supervision/talks', name: 'talks', component: () => import('@/views/supervision/TalksView.vue'), meta: { title: 'supervision.menu.talks', icon: 'ChatDotRound', permission: 'talk.read', menu: true, group: 'supervision.menu.group' } },
  { path: 'supervision/talks/pending', name: 'talks-pending', component: () => import('@/views/supervision/TalksPendingView.vue'), meta: { title: 'supervision.menu.talksPending', icon: 'Bell', permission: 'talk.read', menu: true, group: 'supervision.menu.group' } },
  { path: 'supervision/talks/:id(\\d+)', name: 'talk', component: () => import('@/views/supervision/TalkDetail.vue'), meta: { title: 'supervision.menu.talk', permission: 'talk.read' } },
  { path: 'supervision/stats', name: 'supervision-stats', component: () => import('@/views/supervision/StatsView.vue'), meta: { title: 'supervision.menu.stats', icon: 'DataAnalysis', permission: 'clue.stats', menu: true, group: 'supervision.menu.group' } },
  // Petitions and reports (信访举报, docs/modules/reports-api.md): the register and one
  // report need report.handle (the server shows each account only its reports), the
  // reveal queue report.identity.approve, statistics report.stats.
  { path: 'reports', name: 'reports', component: () => import('@/views/reports/ReportListView.vue'), meta: { title: 'reports.menu.list', icon: 'Files', permission: 'report.handle', menu: true, group: 'reports.menu.group' } },
  { path: 'reports/new', name: 'report-new', component: () => import('@/views/reports/ReportNewView.vue'), meta: { title: 'reports.menu.new', icon: 'EditPen', permission: 'report.handle', menu: true, group: 'reports.menu.group' } },
  { path: 'reports/:id(\\d+)', name: 'report', component: () => import('@/views/reports/ReportDetail.vue'), meta: { title: 'reports.menu.detail', permission: 'report.handle' } },
  { path: 'reports/reveals', name: 'report-reveals', component: () => import('@/views/reports/RevealQueueView.vue'), meta: { title: 'reports.menu.reveals', icon: 'View', permission: 'report.identity.approve', menu: true, group: 'reports.menu.group' } },
  { path: 'reports/stats', name: 'report-stats', component: () => import('@/views/reports/ReportStatsView.vue'), meta: { title: 'reports.menu.stats', icon: 'Histogram', permission: 'report.stats', menu: true, group: 'reports.menu.group' } },
  { path: 'reports/keys', name: 'report-keys', component: () => import('@/views/reports/ReportKeysView.vue'), meta: { title: 'reports.menu.keys', icon: 'Key', permission: 'report.handle', menu: true, group: 'reports.menu.group' } },
  // The pages of the modules in src/modules/<name>/ (docs/adding-a-module.md), whose menu
  // groups come after the business pages above and before the system pages below.
  ...moduleRoutes(),
  { path: 'admin/accounts', name: 'accounts', component: () => import('@/views/admin/AccountsView.vue'), meta: { title: 'menu.accounts', icon: 'UserFilled', permission: 'account.manage', menu: true, group: 'menu.system' } },
  // Two-person control: opened from the message centre and the accounts/roles pages; not in the menu.
  { path: 'admin/approvals', name: 'approvals', component: () => import('@/views/admin/ApprovalsView.vue'), meta: { title: 'approval.title', icon: 'Stamp', permission: ['account.manage', 'role.assign', 'clue.handle', 'report.handle'] } },
  { path: 'admin/roles', name: 'roles', component: () => import('@/views/admin/RolesView.vue'), meta: { title: 'menu.roles', icon: 'Key', permission: 'role.assign', menu: true, group: 'menu.system' } },
  { path: 'audit', name: 'audit', component: () => import('@/views/audit/AuditView.vue'), meta: { title: 'menu.audit', icon: 'Document', permission: 'audit.read', menu: true, group: 'menu.system' } },
    // Internal code tables: the system administrator's (../shared/ux.md: internal tables belong to the administrators' menu).
  { path: 'dictionaries', name: 'dictionaries', component: () => import('@/views/system/DictionariesView.vue'), meta: { title: 'menu.dictionaries', icon: 'Collection', permission: 'config.manage', menu: true, group: 'menu.system' } },
  { path: 'system/calendar', name: 'calendar', component: () => import('@/views/system/CalendarView.vue'), meta: { title: 'supervision.menu.calendar', icon: 'Calendar', menu: true, group: 'menu.system' } },
  { path: 'account/security', name: 'security', component: () => import('@/views/account/SecurityView.vue'), meta: { title: 'menu.security', allowPasswordChange: true } },
  { path: '403', name: 'forbidden', component: () => import('@/views/error/ForbiddenView.vue'), meta: { title: 'error.forbidden' } },
]

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/login/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  { path: '/locked', name: 'locked', component: () => import('@/views/login/LockedView.vue'), meta: { public: true, title: 'login.lockedTitle' } },
  { path: '/password', name: 'password', component: () => import('@/views/login/PasswordChange.vue'), meta: { title: 'password.title', allowPasswordChange: true } },
  { path: '/', component: () => import('@/layout/AppLayout.vue'), children: appRoutes },
  { path: '/:pathMatch(.*)*', name: 'notfound', component: () => import('@/views/error/NotFoundView.vue'), meta: { public: true, title: 'error.notFound' } },
]
