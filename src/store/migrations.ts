/**
 * Versioned schema, one entry per change, SQL per dialect. Never edit a released entry: add a new one.
 * Both stores apply the missing versions at start-up inside one transaction and record each in
 * schema_migrations, so a half-applied upgrade cannot happen.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, settings, digests, announced articles',
    sqlite: `
      CREATE TABLE chat_settings (
        chat_id INTEGER PRIMARY KEY,
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE subscriptions (
        chat_id INTEGER PRIMARY KEY,
        chat_type TEXT NOT NULL,
        cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
        created_at TEXT NOT NULL,
        last_run_at TEXT,
        ended_at TEXT,
        end_reason TEXT
      );
      CREATE TABLE digests (
        chat_id INTEGER NOT NULL,
        digest_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent')),
        article_ids TEXT NOT NULL,
        parts TEXT NOT NULL,
        message_ids TEXT NOT NULL DEFAULT '[]',
        announced INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        PRIMARY KEY (chat_id, digest_id)
      );
      CREATE INDEX digests_unfinished ON digests (chat_id) WHERE status = 'pending' OR announced = 0;
      CREATE TABLE announced_articles (
        chat_id INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        digest_id TEXT NOT NULL,
        announced_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, article_id)
      );
      CREATE TABLE chat_locks (
        chat_id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
    postgres: `
      CREATE TABLE chat_settings (
        chat_id BIGINT PRIMARY KEY,
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE subscriptions (
        chat_id BIGINT PRIMARY KEY,
        chat_type TEXT NOT NULL,
        cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
        created_at TIMESTAMPTZ NOT NULL,
        last_run_at TIMESTAMPTZ,
        ended_at TIMESTAMPTZ,
        end_reason TEXT
      );
      CREATE TABLE digests (
        chat_id BIGINT NOT NULL,
        digest_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent')),
        article_ids JSONB NOT NULL,
        parts JSONB NOT NULL,
        message_ids JSONB NOT NULL DEFAULT '[]',
        announced BOOLEAN NOT NULL DEFAULT FALSE,
        created_at TIMESTAMPTZ NOT NULL,
        sent_at TIMESTAMPTZ,
        PRIMARY KEY (chat_id, digest_id)
      );
      CREATE INDEX digests_unfinished ON digests (chat_id) WHERE status = 'pending' OR NOT announced;
      CREATE TABLE announced_articles (
        chat_id BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        digest_id TEXT NOT NULL,
        announced_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (chat_id, article_id)
      );
    `,
  },
  {
    version: 2,
    name: 'digest lock owner process (SQLite)',
    // The process holding a lock, so that a lock left by a process that died (kill -9, a crash) is
    // taken over at once instead of after its 10-minute lease. PostgreSQL's advisory locks already die
    // with their connection: nothing to do there.
    sqlite: `
      ALTER TABLE chat_locks ADD COLUMN host TEXT;
      ALTER TABLE chat_locks ADD COLUMN pid INTEGER;
      ALTER TABLE chat_locks ADD COLUMN run_id TEXT;
    `,
    postgres: `SELECT 1`,
  },
  {
    version: 3,
    name: 'digests Telegram rejects for good: attempts, last error, status failed',
    // SQLite cannot change a CHECK constraint in place: the table is copied into a new one.
    sqlite: `
      CREATE TABLE digests_v3 (
        chat_id INTEGER NOT NULL,
        digest_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        article_ids TEXT NOT NULL,
        parts TEXT NOT NULL,
        message_ids TEXT NOT NULL DEFAULT '[]',
        announced INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        PRIMARY KEY (chat_id, digest_id)
      );
      INSERT INTO digests_v3 (chat_id, digest_id, status, article_ids, parts, message_ids, announced, created_at, sent_at)
        SELECT chat_id, digest_id, status, article_ids, parts, message_ids, announced, created_at, sent_at FROM digests;
      DROP TABLE digests;
      ALTER TABLE digests_v3 RENAME TO digests;
      CREATE INDEX digests_unfinished ON digests (chat_id) WHERE status = 'pending' OR announced = 0;
    `,
    postgres: `
      ALTER TABLE digests DROP CONSTRAINT digests_status_check;
      ALTER TABLE digests ADD CONSTRAINT digests_status_check CHECK (status IN ('pending', 'sent', 'failed'));
      ALTER TABLE digests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0, ADD COLUMN last_error TEXT;
    `,
  },
  {
    version: 4,
    name: 'articles ingested anywhere, shared by every instance (PostgreSQL)',
    // The file as ingested, byte for byte, under its article id. SQLite serves one instance, whose
    // seeds/ is the record: nothing to share there.
    sqlite: `SELECT 1`,
    postgres: `
      CREATE TABLE shared_articles (
        id TEXT PRIMARY KEY,
        content BYTEA NOT NULL,
        added_at TIMESTAMPTZ NOT NULL,
        added_by TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'editors loop: questions asked and votes on their answers',
    // No user id is kept: user_hash is an HMAC of it with a secret salt (src/editors/user-hash.ts).
    sqlite: `
      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        asked_at TEXT NOT NULL,
        question TEXT NOT NULL,
        language TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        found INTEGER NOT NULL,
        confidence REAL NOT NULL,
        source_ids TEXT NOT NULL,
        user_hash TEXT NOT NULL
      );
      CREATE INDEX questions_asked_at ON questions (asked_at);
      CREATE TABLE votes (
        question_id TEXT NOT NULL REFERENCES questions (id),
        user_hash TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (1, -1)),
        voted_at TEXT NOT NULL,
        PRIMARY KEY (question_id, user_hash)
      );
    `,
    postgres: `
      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        asked_at TIMESTAMPTZ NOT NULL,
        question TEXT NOT NULL,
        language TEXT NOT NULL,
        chat_type TEXT NOT NULL,
        found BOOLEAN NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        source_ids TEXT NOT NULL,
        user_hash TEXT NOT NULL
      );
      CREATE INDEX questions_asked_at ON questions (asked_at);
      CREATE TABLE votes (
        question_id TEXT NOT NULL REFERENCES questions (id),
        user_hash TEXT NOT NULL,
        vote SMALLINT NOT NULL CHECK (vote IN (1, -1)),
        voted_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (question_id, user_hash)
      );
    `,
  },
  {
    version: 6,
    name: 'subscriptions per forum topic, with filters',
    // A subscription, its announced articles and its digests belong to a (chat, thread): thread 0 is the
    // chat's main thread, so every existing row keeps working as the main thread's. Filters are a JSON
    // array of the clauses the user wrote; hour and time_zone, when set, override the chat's settings
    // for that subscription (forum topics). SQLite cannot change a primary key in place: those two
    // tables are copied into new ones.
    sqlite: `
      CREATE TABLE subscriptions_v6 (
        chat_id INTEGER NOT NULL,
        thread_id INTEGER NOT NULL DEFAULT 0,
        chat_type TEXT NOT NULL,
        cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
        created_at TEXT NOT NULL,
        last_run_at TEXT,
        ended_at TEXT,
        end_reason TEXT,
        filters TEXT NOT NULL DEFAULT '[]',
        hour INTEGER CHECK (hour BETWEEN 0 AND 23),
        time_zone TEXT,
        PRIMARY KEY (chat_id, thread_id)
      );
      INSERT INTO subscriptions_v6 (chat_id, thread_id, chat_type, cadence, created_at, last_run_at, ended_at, end_reason)
        SELECT chat_id, 0, chat_type, cadence, created_at, last_run_at, ended_at, end_reason FROM subscriptions;
      DROP TABLE subscriptions;
      ALTER TABLE subscriptions_v6 RENAME TO subscriptions;
      CREATE TABLE announced_articles_v6 (
        chat_id INTEGER NOT NULL,
        thread_id INTEGER NOT NULL DEFAULT 0,
        article_id TEXT NOT NULL,
        digest_id TEXT NOT NULL,
        announced_at TEXT NOT NULL,
        PRIMARY KEY (chat_id, thread_id, article_id)
      );
      INSERT INTO announced_articles_v6 (chat_id, thread_id, article_id, digest_id, announced_at)
        SELECT chat_id, 0, article_id, digest_id, announced_at FROM announced_articles;
      DROP TABLE announced_articles;
      ALTER TABLE announced_articles_v6 RENAME TO announced_articles;
      ALTER TABLE digests ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0;
      DROP INDEX digests_unfinished;
      CREATE INDEX digests_unfinished ON digests (chat_id, thread_id) WHERE status = 'pending' OR announced = 0;
    `,
    postgres: `
      ALTER TABLE subscriptions
        ADD COLUMN thread_id BIGINT NOT NULL DEFAULT 0,
        ADD COLUMN filters TEXT NOT NULL DEFAULT '[]',
        ADD COLUMN hour INTEGER CHECK (hour BETWEEN 0 AND 23),
        ADD COLUMN time_zone TEXT;
      ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_pkey, ADD PRIMARY KEY (chat_id, thread_id);
      ALTER TABLE announced_articles ADD COLUMN thread_id BIGINT NOT NULL DEFAULT 0;
      ALTER TABLE announced_articles DROP CONSTRAINT announced_articles_pkey, ADD PRIMARY KEY (chat_id, thread_id, article_id);
      ALTER TABLE digests ADD COLUMN thread_id BIGINT NOT NULL DEFAULT 0;
      DROP INDEX digests_unfinished;
      CREATE INDEX digests_unfinished ON digests (chat_id, thread_id) WHERE status = 'pending' OR NOT announced;
    `,
  },
  {
    version: 7,
    name: 'the language a chat chose for replies and digests',
    // A row only when the chat chose (/language, /settings lang): without one the bot follows the
    // user's Telegram language, which a default 'en' in chat_settings could not tell apart. Languages
    // chosen for digests before are carried over; an 'en' there may be the default, so it is not.
    sqlite: `
      CREATE TABLE chat_languages (
        chat_id INTEGER PRIMARY KEY,
        language TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      INSERT INTO chat_languages (chat_id, language, updated_at)
        SELECT chat_id, language, updated_at FROM chat_settings WHERE language <> 'en';
    `,
    postgres: `
      CREATE TABLE chat_languages (
        chat_id BIGINT PRIMARY KEY,
        language TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      INSERT INTO chat_languages (chat_id, language, updated_at)
        SELECT chat_id, language, updated_at FROM chat_settings WHERE language <> 'en';
    `,
  },
];

export const SCHEMA_MIGRATIONS_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;

/** The migrations not yet applied, in version order. */
export function pendingMigrations(applied: Iterable<number>): Migration[] {
  const done = new Set(applied);
  return [...MIGRATIONS].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
