import type { AxiosError, AxiosResponse } from "axios"

/** `api.get(...).catch(errorResponse)`: the error's HTTP response, to assert on 4xx bodies. */
export function errorResponse(error: unknown): AxiosResponse {
  const response = (error as AxiosError).response
  if (!response) {
    throw error
  }
  return response
}
