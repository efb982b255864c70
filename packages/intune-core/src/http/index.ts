export { createHttpClient, type HttpClient, type HttpClientOptions } from './createHttpClient'
