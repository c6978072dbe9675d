// Server-side paged, sorted, filtered list state for an el-table + el-pagination.
import { reactive, ref, type Ref } from 'vue'
import type { ListResult, Query } from '@/api/http'
import { showError } from './errors'

export function usePagedList<T>(fetcher: (q: Query) => Promise<ListResult<T>>, filters: Record<string, unknown>, pageSize = 20) {
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const state = reactive({ page: 1, page_size: pageSize, sort: '', order: '' as '' | 'asc' | 'desc' })
  let seq = 0

  function query(): Query {
    const q: Query = {}
    for (const [k, v] of Object.entries(filters)) {
      if (v === null || v === undefined || v === '') continue
      q[k] = v as string | number | boolean
    }
    return q
  }

  async function load() {
    const mine = ++seq
    loading.value = true
    try {
      const q: Query = { ...query(), page: state.page, page_size: state.page_size }
      if (state.sort) {
        q.sort = state.sort
        q.order = state.order || 'asc'
      }
      const r = await fetcher(q)
      if (mine !== seq) return // a newer request superseded this one
      items.value = r.items
      total.value = r.meta.total
    } catch (e) {
      if (mine === seq) showError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  function search() {
    state.page = 1
    return load()
  }
  function onSort({ prop, order }: { prop: string | null; order: string | null }) {
    state.sort = order && prop ? prop : ''
    state.order = order === 'descending' ? 'desc' : order === 'ascending' ? 'asc' : ''
    state.page = 1
    return load()
  }
  function onPage(p: number) {
    state.page = p
    return load()
  }
  function onSize(s: number) {
    state.page_size = s
    state.page = 1
    return load()
  }
  return { items, total, loading, state, load, search, onSort, onPage, onSize, query }
}
