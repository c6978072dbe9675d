// Education and study (警示教育与学习, docs/modules/education.md): my study, the items
// with their completion per department, one item, study sessions, holiday reminders.
import type { WebModule } from '../types'
import { en, zhCN } from './labels'

const education: WebModule = {
  name: 'education',
  routes: [
    {
      path: 'education/my',
      name: 'education-my',
      component: () => import('./MyStudyView.vue'),
      meta: { title: 'education.menu.my', icon: 'Document', permission: 'education.study', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/items',
      name: 'education-items',
      component: () => import('./ItemsView.vue'),
      meta: { title: 'education.menu.items', icon: 'Files', permission: 'education.progress', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/items/:id(\\d+)',
      name: 'education-item',
      component: () => import('./ItemDetail.vue'),
      meta: { title: 'education.menu.item', permission: 'education.study' },
    },
    {
      path: 'education/sessions',
      name: 'education-sessions',
      component: () => import('./SessionsView.vue'),
      meta: { title: 'education.menu.sessions', icon: 'Calendar', permission: 'study.read', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/holiday',
      name: 'education-holiday',
      component: () => import('./HolidayView.vue'),
      meta: { title: 'education.menu.holiday', icon: 'Bell', permission: 'education.manage', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/training/my',
      name: 'training-my',
      component: () => import('./MyTrainingView.vue'),
      meta: { title: 'education.training.menu.my', icon: 'EditPen', permission: 'training.take', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/training/courses',
      name: 'training-courses',
      component: () => import('./TrainingCoursesView.vue'),
      meta: { title: 'education.training.menu.courses', icon: 'Collection', permission: 'training.progress', menu: true, group: 'education.menu.group' },
    },
    {
      path: 'education/training/courses/:id(\\d+)',
      name: 'training-course',
      component: () => import('./TrainingCourseView.vue'),
      meta: { title: 'education.training.menu.course', permission: 'training.take' },
    },
    {
      path: 'education/training/certificates/:id(\\d+)',
      name: 'training-certificate',
      component: () => import('./CertificateView.vue'),
      meta: { title: 'education.training.menu.certificate', permission: 'training.take' },
    },
  ],
  labels: { 'zh-CN': zhCN, en },
}
export default education
