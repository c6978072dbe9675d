// Approvals (因私出国(境)、证照集中保管、兼职、亲属经商办企业, docs/modules/approvals.md):
// one's own applications and documents (/approvals), the approvers' and readers' list
// (/approvals/review), the custodian's documents (/approvals/documents) and one
// application (/approvals/:id).
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const approvals: WebModule = {
  name: 'approvals',
  routes: [
    {
      path: 'approvals',
      name: 'approvals-mine',
      component: () => import('./MyApprovalsView.vue'),
      meta: { title: 'approvals.menu.mine', icon: 'Promotion', permission: 'approval.own', menu: true, group: 'approvals.menu.group' },
    },
    {
      path: 'approvals/review',
      name: 'approvals-review',
      component: () => import('./ApprovalReviewView.vue'),
      meta: { title: 'approvals.menu.review', icon: 'Stamp', permission: 'approval.decide', menu: true, group: 'approvals.menu.group' },
    },
    {
      path: 'approvals/documents',
      name: 'approvals-documents',
      component: () => import('./DocumentsView.vue'),
      meta: { title: 'approvals.menu.documents', icon: 'Postcard', permission: 'approval.custody', menu: true, group: 'approvals.menu.group' },
    },
    {
      path: 'approvals/:id(\\d+)',
      name: 'approval',
      component: () => import('./ApprovalView.vue'),
      meta: { title: 'approvals.title.detail', icon: 'Promotion', permission: 'approval.own' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default approvals
