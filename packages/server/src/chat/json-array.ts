/**
 * The elements of one JSON array in a text that arrives in pieces — the top-level array (a WeCom archive
 * saved as one array), or the array that is the value of one key of the top-level object (Telegram's
 * `messages`) — each handed over as its own JSON text, for `JSON.parse`. Issue 19: a 2 GB export is never
 * one string, and reading it must stay fast. A token-level streaming parser (stream-json) spent most of
 * its time on per-token objects; here the text is only scanned for quotes and brackets (a string's inside
 * is skipped with `indexOf`), and V8's own JSON.parse validates and builds each element.
 *
 * What is checked: the structure around the array (brackets that balance and match, strings that close,
 * commas between elements, nothing after the top-level value), and each element by JSON.parse. Scalars
 * outside the array (Telegram's "name", "id") are passed over, not validated: nothing is read from them.
 * A broken structure throws `JsonArrayError`; the reader reports it as `chat.truncated` after the last
 * whole element, as it did before.
 */
export class JsonArrayError extends Error {}

enum Mode {
  /** between tokens, outside an element */
  Structure,
  /** inside a string outside an element (a key, a scalar of the top-level object) */
  StructureString,
  /** inside an element, between tokens */
  Element,
  /** inside a string of an element */
  ElementString,
  /** inside a number, true, false or null that is itself an element */
  ElementScalar,
}

/** How many backslashes stand right before `at`, counting back no further than `from`. */
function backslashesBefore(text: string, at: number, from: number): number {
  let count = 0;
  while (at - count - 1 >= from && text.charCodeAt(at - count - 1) === 0x5c) count += 1;
  return count;
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;
const openers = new Set([0x7b, 0x5b]); // { [
const closerOf: Record<number, number> = { 123: 0x7d, 91: 0x5d };

export interface JsonArrayElementSink {
  /** one whole element's JSON text */
  element(text: string): void;
  /** an element longer than the limit: skipped without being kept (bounded memory) */
  oversized(excerpt: string): void;
}

export class JsonArrayElements {
  private mode = Mode.Structure;
  /** the open brackets outside elements (the file's outer structure: a few levels) */
  private readonly outer: number[] = [];
  /** nesting inside the current element */
  private elementDepth = 0;
  private isEscaped = false;
  private isArrayOpen = false;
  private isArrayDone = false;
  /** within the array: an element was read and a comma (or the end) must come next */
  private isAfterElement = false;
  /** within the top-level object: the next string is a key */
  private isKeyNext = false;
  /** the last key read at the top level, when it could still be the wanted key */
  private key = '';
  private isKeyTooLong = false;
  private isValueOfWantedKey = false;
  private isTopLevelDone = false;
  private element = '';
  private elementLength = 0;
  private isOversized = false;

  constructor(
    private readonly wantedKey: string | null,
    private readonly maxElementChars: number,
  ) {}

  /** Reads the next piece of the text, handing over each element it completes. */
  push(chunk: string, sink: JsonArrayElementSink): void {
    let elementStart = this.mode === Mode.Structure || this.mode === Mode.StructureString ? -1 : 0;
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      switch (this.mode) {
        case Mode.ElementString:
        case Mode.StructureString: {
          if (this.isEscaped) {
            this.isEscaped = false;
            i += 1;
            break;
          }
          // The string ends at the first quote after an even run of backslashes (`\\"` ends it, `\"` not).
          let quote = chunk.indexOf('"', i);
          while (quote >= 0 && backslashesBefore(chunk, quote, i) % 2 === 1) quote = chunk.indexOf('"', quote + 1);
          if (this.mode === Mode.StructureString) this.addKey(chunk, i, quote < 0 ? length : quote);
          if (quote < 0) {
            this.isEscaped = backslashesBefore(chunk, length, i) % 2 === 1;
            i = length;
            break;
          }
          i = quote + 1;
          if (this.mode === Mode.StructureString) this.mode = Mode.Structure;
          else if (this.elementDepth > 0) this.mode = Mode.Element;
          else {
            this.finishElement(chunk, elementStart, i, sink);
            elementStart = -1;
          }
          break;
        }
        case Mode.Element: {
          const code = chunk.charCodeAt(i);
          i += 1;
          if (code === 0x22) this.mode = Mode.ElementString;
          else if (code === 0x7b || code === 0x5b) this.elementDepth += 1;
          else if (code === 0x7d || code === 0x5d) {
            this.elementDepth -= 1;
            if (this.elementDepth === 0) {
              this.finishElement(chunk, elementStart, i, sink);
              elementStart = -1;
            }
          }
          break;
        }
        case Mode.ElementScalar: {
          const code = chunk.charCodeAt(i);
          if (code === 0x2c || code === 0x5d || isSpace(code)) {
            this.finishElement(chunk, elementStart, i, sink);
            elementStart = -1;
          } else i += 1;
          break;
        }
        default: {
          const code = chunk.charCodeAt(i);
          if (this.isArrayOpen && this.outer.length === this.arrayLevel() && !isSpace(code)) {
            if (code === 0x2c && this.isAfterElement) {
              this.isAfterElement = false;
              i += 1;
              break;
            }
            if (code !== 0x5d) {
              if (this.isAfterElement || code === 0x2c) throw new JsonArrayError(`unexpected ${chunk[i]} in the array`);
              elementStart = i;
              this.startElement(code);
              i += 1;
              break;
            }
          }
          this.structure(code, chunk, i);
          i += 1;
        }
      }
    }
    if (elementStart >= 0) this.keep(chunk, elementStart, length);
  }

  /** The end of the text: throws when it ends inside the top-level value (a cut file). */
  end(sink: JsonArrayElementSink): void {
    if (this.mode === Mode.ElementScalar) this.finishElement('', 0, 0, sink);
    if (this.mode !== Mode.Structure || this.outer.length > 0)
      throw new JsonArrayError('the file ends inside its JSON');
    if (!this.isTopLevelDone) throw new JsonArrayError('the file holds no JSON value');
  }

  /** The depth of `outer` inside the wanted array: 1 for a top-level array, 2 for a key's value. */
  private arrayLevel() {
    return this.wantedKey === null ? 1 : 2;
  }

  private structure(code: number, chunk: string, at: number) {
    if (isSpace(code)) return;
    if (this.isTopLevelDone) throw new JsonArrayError(`unexpected ${chunk[at]} after the JSON value`);
    const level = this.outer.length;
    const isWantedValue = this.isValueOfWantedKey;
    this.isValueOfWantedKey = false;
    if (isWantedValue && code !== 0x5b) throw new JsonArrayError(`"${this.wantedKey}" is not an array`);
    if (level === 0) {
      if (!openers.has(code)) throw new JsonArrayError(`unexpected ${chunk[at]} at the start`);
      if (this.wantedKey === null && code !== 0x5b) throw new JsonArrayError('the file is not a JSON array');
    }
    if (openers.has(code)) {
      this.outer.push(code);
      if (level === 0) this.isKeyNext = code === 0x7b;
      if (code === 0x5b && (this.wantedKey === null ? level === 0 : isWantedValue)) this.isArrayOpen = true;
      return;
    }
    if (code === 0x7d || code === 0x5d) {
      const open = this.outer.pop();
      if (open === undefined || closerOf[open] !== code) throw new JsonArrayError(`unexpected ${chunk[at]}`);
      if (this.isArrayOpen && this.outer.length === this.arrayLevel() - 1) {
        this.isArrayOpen = false;
        this.isArrayDone = true;
      }
      if (this.outer.length === 0) this.isTopLevelDone = true;
      return;
    }
    if (code === 0x22) {
      this.mode = Mode.StructureString;
      this.key = '';
      this.isKeyTooLong = false;
      return;
    }
    if (level === 1 && this.outer[0] === 0x7b) {
      if (code === 0x2c) this.isKeyNext = true;
      else if (code === 0x3a) {
        this.isValueOfWantedKey = this.isKeyNext && this.isWanted() && !this.isArrayDone;
        this.isKeyNext = false;
      }
    }
  }

  private isWanted() {
    return !this.isKeyTooLong && this.key === this.wantedKey;
  }

  private addKey(chunk: string, from: number, to: number) {
    if (this.isKeyTooLong || to <= from) return;
    if (this.key.length + (to - from) > 64) this.isKeyTooLong = true;
    else this.key += chunk.slice(from, to);
  }

  private startElement(code: number) {
    this.element = '';
    this.elementLength = 0;
    this.isOversized = false;
    this.elementDepth = 0;
    if (code === 0x22) this.mode = Mode.ElementString;
    else if (code === 0x7b || code === 0x5b) {
      this.mode = Mode.Element;
      this.elementDepth = 1;
    } else this.mode = Mode.ElementScalar;
  }

  private keep(chunk: string, from: number, to: number) {
    this.elementLength += to - from;
    if (this.isOversized) return;
    if (this.elementLength > this.maxElementChars) {
      this.isOversized = true;
      this.element = (this.element + chunk.slice(from, from + 80)).slice(0, 80);
      return;
    }
    this.element += chunk.slice(from, to);
  }

  private finishElement(chunk: string, from: number, to: number, sink: JsonArrayElementSink) {
    this.keep(chunk, from, to);
    this.mode = Mode.Structure;
    this.isAfterElement = true;
    const text = this.element;
    this.element = '';
    if (this.isOversized) sink.oversized(text);
    else sink.element(text);
  }
}
