// The message counts the header bell and the home page share (GET /messages/summary),
// how a message is opened (marked read, counts refreshed, its link followed), and the
// bell's refresh: on mount, on every navigation and every MESSAGE_POLL_MS while the
// user works (see pollDue). A page that marks messages read calls
// refreshMessageCounts() and the bell follows.
import { onBeforeUnmount, onMounted, reactive, readonly, watch } from 'vue'
import { useRoute, type Router } from 'vue-router'
import { messagesApi, type Message, type MessageSummary } from './api'
import { useAuthStore } from '@/stores/auth'
import { showError } from '@/components/errors'
import { MESSAGE_POLL_MS, pollDue, safeLink } from './messageLogic'

const state = reactive({ summary: null as MessageSummary | null, refreshedAt: 0 })
let inflight: Promise<MessageSummary | null> | null = null
let generation = 0

/** The latest counts (null until the first answer). */
export const messageCounts = readonly(state)

/**
 * Asks the server for the counts; concurrent callers share one request. Quiet: a
 * failure keeps the last counts and never sends the user anywhere (the pages' own
 * requests report errors and expired sessions).
 */
export function refreshMessageCounts(): Promise<MessageSummary | null> {
  if (inflight) return inflight
  const mine = generation
  state.refreshedAt = Date.now()
  inflight = messagesApi
    .summary(true)
    .then((s) => {
      if (mine === generation && s) state.summary = s
      return state.summary
    })
    .catch(() => state.summary)
    .finally(() => {
      inflight = null
    })
  return inflight
}

/** Forgets the counts (the account signed out or another one signs in). */
export function resetMessageCounts(): void {
  generation++
  inflight = null
  state.summary = null
  state.refreshedAt = 0
}

/** Opens a message: marks it read when it is unread, refreshes the counts, follows its link. */
export async function openMessage(m: Message, router: Router): Promise<void> {
  if (!m.read_at) {
    try {
      const r = await messagesApi.read(m.id)
      m.read_at = r?.read_at ?? Date.now()
    } catch (e) {
      showError(e)
    }
    await refreshMessageCounts()
  }
  const to = safeLink(m.link)
  if (to) await router.push(to)
}

/** The header bell's refresh schedule; call once from the layout's setup. */
export function useMessageCountsRefresh(): void {
  const route = useRoute()
  const auth = useAuthStore()
  let timer: number | undefined
  let lastInteraction = 0
  const canAsk = () => auth.signedIn && !auth.me?.totp_setup_required
  const refresh = () => (canAsk() ? refreshMessageCounts() : undefined)
  const interacted = () => {
    lastInteraction = Date.now()
  }
  const tick = () => {
    if (pollDue({ hidden: document.visibilityState === 'hidden', lastInteraction, lastRefresh: state.refreshedAt })) refresh()
  }
  resetMessageCounts() // in setup: before the pages inside the layout ask
  watch(() => route.fullPath, refresh)
  onMounted(() => {
    refresh()
    window.addEventListener('pointerdown', interacted, { capture: true, passive: true })
    window.addEventListener('keydown', interacted, { capture: true, passive: true })
    timer = window.setInterval(tick, MESSAGE_POLL_MS)
  })
  onBeforeUnmount(() => {
    window.clearInterval(timer)
    window.removeEventListener('pointerdown', interacted, { capture: true })
    window.removeEventListener('keydown', interacted, { capture: true })
    resetMessageCounts()
  })
}
