// Router with the access guard: unknown session → login; forced password change →
// password page; missing permission → 403 page (the forbidden page's data is never
// requested because its component is never mounted).
import { createRouter, createWebHistory, type Router } from 'vue-router'
import { routes } from './routes'
import { useAuthStore } from '@/stores/auth'
import { setForbiddenHook, setUnauthenticatedHook } from '@/api/http'
import { i18n } from '@/i18n'

export function buildRouter(): Router {
  const router = createRouter({ history: createWebHistory(), routes, scrollBehavior: () => ({ top: 0 }) })

  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    if (to.meta.public) {
      if (to.name === 'login' && !auth.loaded) {
        try {
          await auth.fetchMe()
        } catch {
          /* stay on the login page */
        }
      }
      if (to.name === 'login' && auth.me && !to.query.reason) return { path: (to.query.redirect as string) || '/' }
      return true
    }
    let me
    try {
      me = await auth.ensureLoaded()
    } catch {
      me = null
    }
    if (!me) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
    if (me.must_change_password && !to.meta.allowPasswordChange) return { name: 'password' }
    if (me.totp_setup_required && !me.must_change_password && to.name !== 'security') return { name: 'security' }
    if (!auth.can(to.meta.permission)) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  router.afterEach((to) => {
    const t = i18n.global.t
    const title = to.meta.title ? t(to.meta.title) + ' · ' : ''
    document.title = title + t('app.full')
  })

  setUnauthenticatedHook((err) => {
    const auth = useAuthStore()
    const wasSignedIn = auth.me !== null
    auth.clear()
    const current = router.currentRoute.value
    if (current.meta.public) return
    const reason = err.code === 'auth.session_expired' || wasSignedIn ? 'expired' : undefined
    router.push({ name: 'login', query: { redirect: current.fullPath, ...(reason ? { reason } : {}) } })
  })
  setForbiddenHook(() => {
    const current = router.currentRoute.value
    router.replace({ name: 'forbidden', query: { from: current.fullPath } })
  })
  return router
}
