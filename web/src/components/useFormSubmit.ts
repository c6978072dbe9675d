// Saving a form: `saving` is true while the request runs; a refusal from the server
// (ApiError: the bilingual message naming the field) is shown in the form as
// `formError` and leaves the form open with everything the user typed; any other
// failure is a toast. `submit` resolves true when the action succeeded.
import { ref } from 'vue'
import { ApiError } from '@/api/http'
import { errorText, showError } from './errors'

export function useFormSubmit() {
  const saving = ref(false)
  const formError = ref('')
  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    saving.value = true
    formError.value = ''
    try {
      await action()
      return true
    } catch (e) {
      if (e instanceof ApiError) formError.value = errorText(e)
      else showError(e)
      return false
    } finally {
      saving.value = false
    }
  }
  return { saving, formError, submit }
}
