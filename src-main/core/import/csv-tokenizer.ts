// A streaming CSV tokenizer for platform exports (RFC 4180 plus the quirks of shared/domain.md §1).
// Pure: fed decoded text in chunks of any size; a record may span chunks and physical lines.
//
// Quirks kept on purpose:
// - a field is quoted only when its first character is `"`; elsewhere quotes are literal, so
//   Taobao's `="2528969504006914256"` and `'13925130165` come out exactly as written;
// - inside a quoted field, a quote followed by anything but a quote, the delimiter or a line
//   break is taken literally (an unescaped quote in a note) instead of ending the field;
// - a trailing delimiter yields a trailing empty field; an empty line yields no record;
// - CRLF, LF and lone CR all end a line; `line` counts physical lines, including those inside
//   quoted fields.
// Field strings are slices of the chunk they come from: callers that keep a few values for a
// long time should copy them (see architecture.md, "Performance notes").

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface CsvTokenizer {
  write(text: string): void;
  end(): void;
}

export interface CsvTokenizerOptions {
  /** Return false to stop (cancel): later writes and end() are ignored. */
  onRecord(record: CsvRecord): void | false;
  /** Default: detected from the first record's line (more tabs than commas outside quotes → tab). */
  delimiter?: ',' | '\t';
  /** A record that cannot be read (it is not emitted). Without a handler, the error is thrown. */
  onError?(error: { line: number; message: string }): void;
}

/** A field longer than this (in UTF-16 units) is broken, almost surely by a stray quote. */
export const MAX_FIELD_LENGTH = 16 * 1024 * 1024;

/** Delimiter detection gives up looking for the end of the first line after this many characters. */
const DETECTION_LIMIT = 64 * 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

// Parser states between chunks.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Inside a quoted field, the chunk ended right after a quote: the next character decides. */
const QUOTED_QUOTE = 3;
/** A record ended with CR at the end of a chunk: skip an LF at the start of the next one. */
const AFTER_CR = 4;

export function unclosedQuoteMessage(line: number): string {
  return `第 ${line} 行：引号没有闭合，文件可能不完整（被截断）。`;
}

export function fieldTooLongMessage(line: number): string {
  return `第 ${line} 行：字段超过 ${MAX_FIELD_LENGTH} 个字符，可能是引号没有闭合，这一行没有导入。`;
}

export function createCsvTokenizer(options: CsvTokenizerOptions): CsvTokenizer {
  const { onRecord } = options;
  const reportError = (line: number, message: string): void => {
    if (options.onError) options.onError({ line, message });
    else throw new Error(message);
  };

  let delim = options.delimiter === undefined ? -1 : options.delimiter.charCodeAt(0);
  let stopped = false;
  let ended = false;

  // Parser state carried across chunks.
  let state = FIELD_START;
  let fields: string[] = [];
  /** The part of the current field that came in earlier chunks. */
  let partial = '';
  let line = 1;
  let recordLine = 1;
  let fieldLine = 1;
  /** The previous chunk ended with CR (for CRLF split inside a quoted field). */
  let lastChunkEndedWithCR = false;
  /** A field of the current record outgrew MAX_FIELD_LENGTH: report instead of emitting. */
  let recordTooLong = false;

  // Delimiter detection state (only while delim === -1).
  const pending: string[] = [];
  let pendingLength = 0;
  let detectInQuotes = false;
  let detectTabs = 0;
  let detectCommas = 0;
  let detectSeenContent = false;

  function emit(): boolean {
    const record: CsvRecord = { fields, line: recordLine };
    fields = [];
    if (recordTooLong) {
      recordTooLong = false;
      reportError(recordLine, fieldTooLongMessage(recordLine));
      return true;
    }
    if (onRecord(record) === false) {
      stopped = true;
      return false;
    }
    return true;
  }

  function appendPartial(piece: string): void {
    if (recordTooLong) return;
    if (partial.length + piece.length > MAX_FIELD_LENGTH) {
      recordTooLong = true;
      partial = '';
      return;
    }
    partial = partial === '' ? piece : partial + piece;
  }

  /** Parses one chunk, resuming from and leaving `state` for the next. */
  function parse(text: string): void {
    const len = text.length;
    if (len === 0) return;
    const d = delim;
    let i = 0;
    let c = 0;
    const prevEndedWithCR = lastChunkEndedWithCR;
    lastChunkEndedWithCR = text.charCodeAt(len - 1) === CR;

    // Resume a decision left open at the end of the previous chunk.
    if (state === AFTER_CR) {
      if (text.charCodeAt(0) === LF) i = 1;
      state = FIELD_START;
    } else if (state === QUOTED_QUOTE) {
      c = text.charCodeAt(0);
      if (c === d || c === LF || c === CR) {
        // The quote closed the field; handle the terminator below.
        const value = partial;
        partial = '';
        if (c === d) {
          fields.push(value);
          i = 1;
          state = FIELD_START;
        } else {
          fields.push(value);
          line++;
          if (!emit()) return;
          if (c === CR) {
            if (len === 1) {
              state = AFTER_CR;
              return;
            }
            i = text.charCodeAt(1) === LF ? 2 : 1;
          } else {
            i = 1;
          }
          state = FIELD_START;
        }
      } else {
        // An escaped quote (`""`), or a literal one: either way one quote belongs to the value.
        appendPartial('"');
        i = c === QUOTE ? 1 : 0;
        state = QUOTED;
      }
    }

    let segStart = i;

    while (i < len) {
      if (state === FIELD_START) {
        c = text.charCodeAt(i);
        if (fields.length === 0) {
          // A record starts here, unless the line is empty.
          if (c === LF || c === CR) {
            line++;
            if (c === CR) {
              if (i + 1 === len) {
                state = AFTER_CR;
                return;
              }
              if (text.charCodeAt(i + 1) === LF) i++;
            }
            i++;
            continue;
          }
          recordLine = line;
        }
        partial = '';
        if (c === QUOTE) {
          fieldLine = line;
          i++;
          segStart = i;
          state = QUOTED;
        } else {
          segStart = i;
          state = UNQUOTED;
        }
      }

      if (state === UNQUOTED) {
        let j = i;
        for (; j < len; j++) {
          c = text.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
        }
        if (j === len) {
          appendPartial(text.slice(segStart, len));
          return;
        }
        fields.push(partial === '' ? text.slice(segStart, j) : partial + text.slice(segStart, j));
        partial = '';
        if (c === d) {
          i = j + 1;
          state = FIELD_START;
          continue;
        }
        // End of record.
        line++;
        state = FIELD_START;
        if (!emit()) return;
        if (c === CR) {
          if (j + 1 === len) {
            state = AFTER_CR;
            return;
          }
          if (text.charCodeAt(j + 1) === LF) j++;
        }
        i = j + 1;
        continue;
      }

      // state === QUOTED
      let j = i;
      for (; j < len; j++) {
        c = text.charCodeAt(j);
        if (c === QUOTE) break;
        if (c === LF) {
          const prev = j > 0 ? text.charCodeAt(j - 1) : prevEndedWithCR ? CR : 0;
          if (prev !== CR) line++;
        } else if (c === CR) {
          line++;
        }
      }
      if (j === len) {
        appendPartial(text.slice(segStart, len));
        return;
      }
      // A quote at j.
      if (j + 1 === len) {
        appendPartial(text.slice(segStart, j));
        state = QUOTED_QUOTE;
        return;
      }
      c = text.charCodeAt(j + 1);
      if (c === QUOTE) {
        // `""`: keep one quote, skip the other.
        appendPartial(text.slice(segStart, j + 1));
        i = j + 2;
        segStart = i;
        continue;
      }
      if (c !== d && c !== LF && c !== CR) {
        // A literal quote inside the field; keep scanning.
        i = j + 1;
        continue;
      }
      fields.push(partial === '' ? text.slice(segStart, j) : partial + text.slice(segStart, j));
      partial = '';
      state = FIELD_START;
      if (c === d) {
        i = j + 2;
        continue;
      }
      line++;
      if (!emit()) return;
      if (c === CR) {
        if (j + 2 === len) {
          state = AFTER_CR;
          return;
        }
        if (text.charCodeAt(j + 2) === LF) j++;
      }
      i = j + 2;
    }

    // The chunk ended exactly at a field boundary.
    if (state === QUOTED || state === UNQUOTED) appendPartial(text.slice(segStart, len));
  }

  /** Scans text for the first record's line; returns true once the delimiter is known. */
  function detect(text: string, force: boolean): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        detectInQuotes = !detectInQuotes;
        detectSeenContent = true;
      } else if (detectInQuotes) {
        continue;
      } else if (c === TAB) {
        detectTabs++;
        detectSeenContent = true;
      } else if (c === COMMA) {
        detectCommas++;
        detectSeenContent = true;
      } else if (c === LF || c === CR) {
        if (detectSeenContent) return decide();
      } else {
        detectSeenContent = true;
      }
    }
    pendingLength += text.length;
    return force || pendingLength >= DETECTION_LIMIT ? decide() : false;
  }

  function decide(): true {
    delim = detectTabs > detectCommas ? TAB : COMMA;
    return true;
  }

  function flushPending(): void {
    const chunks = pending.splice(0);
    for (const chunk of chunks) {
      if (stopped) return;
      parse(chunk);
    }
  }

  return {
    write(text) {
      if (stopped || ended || text.length === 0) return;
      if (delim === -1) {
        pending.push(text);
        if (!detect(text, false)) return;
        flushPending();
        return;
      }
      parse(text);
    },

    end() {
      if (stopped || ended) return;
      ended = true;
      if (delim === -1) {
        decide();
        flushPending();
        if (stopped) return;
      }
      switch (state) {
        case QUOTED: {
          fields = [];
          partial = '';
          recordTooLong = false;
          reportError(fieldLine, unclosedQuoteMessage(fieldLine));
          return;
        }
        case QUOTED_QUOTE:
        case UNQUOTED:
          fields.push(partial);
          partial = '';
          emit();
          return;
        case FIELD_START:
          // `a,b,` at the very end: the trailing delimiter still opens an empty field.
          if (fields.length > 0) {
            fields.push('');
            emit();
          }
          return;
        default:
          return;
      }
    },
  };
}
