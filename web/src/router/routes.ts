// The page map. Each route names the permission it needs (meta.permission, any of a
// list); the side menu is built from the routes the signed-in user may open, and a
// direct URL to a route the user may not open renders the 403 page instead.
import type { RouteRecordRaw } from 'vue-router'

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
  { path: 'admin/accounts', name: 'accounts', component: () => import('@/views/admin/AccountsView.vue'), meta: { title: 'menu.accounts', icon: 'UserFilled', permission: 'account.manage', menu: true, group: 'menu.system' } },
  { path: 'admin/roles', name: 'roles', component: () => import('@/views/admin/RolesView.vue'), meta: { title: 'menu.roles', icon: 'Key', permission: 'role.assign', menu: true, group: 'menu.system' } },
  { path: 'audit', name: 'audit', component: () => import('@/views/audit/AuditView.vue'), meta: { title: 'menu.audit', icon: 'Document', permission: 'audit.read', menu: true, group: 'menu.system' } },
  { path: 'dictionaries', name: 'dictionaries', component: () => import('@/views/system/DictionariesView.vue'), meta: { title: 'menu.dictionaries', icon: 'Collection', menu: true, group: 'menu.system' } },
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
