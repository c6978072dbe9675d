// Integrity opinions (党风廉政意见回复), docs/modules/opinions.md: the requests of the
// organisation department and the discipline committee's replies (/opinions), one request
// with its replies, drafts, approval, DOCX and print (/opinions/:id). Menu entry in the
// 个人有关事项 group beside verification and the dossiers.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const opinions: WebModule = {
  name: 'opinions',
  routes: [
    {
      path: 'opinions',
      name: 'opinions-requests',
      component: () => import('./RequestsView.vue'),
      meta: { title: 'opinions.menu.requests', icon: 'Document', permission: ['opinions.request', 'opinions.handle'], menu: true, group: 'declarations.menu.group' },
    },
    {
      path: 'opinions/:id(\\d+)',
      name: 'opinions-request',
      component: () => import('./RequestView.vue'),
      meta: { title: 'opinions.title.request', icon: 'Document', permission: ['opinions.request', 'opinions.handle'] },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default opinions
