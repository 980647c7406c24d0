/** A text in both UI languages. */
export interface LocalizedMessage {
  id: string;
  en: string;
}

export type MessageCatalog = Record<string, LocalizedMessage>;

/** Parameters of a message: interpolated as {{name}}. */
export type MessageParams = Record<string, string | number>;
