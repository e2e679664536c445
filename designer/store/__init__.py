"""What Card Designer keeps between runs (no Qt): secrets in the keyring, everything else in
the platform folders, written atomically.

* ``paths``       -- ``config_dir()``, ``data_dir()``
* ``atomic``      -- ``write_text_atomic()``
* ``credentials`` -- keyring secrets per profile, ``resolve_credentials()`` (profile or environment)
* ``profiles``    -- ``Profile``, ``ProfileStore`` (``profiles.json``; never a secret)
* ``settings``    -- ``Settings`` schema with migrations, ``load_settings()`` / ``save_settings()``
* ``history``     -- ``HistoryEntry``, ``HistoryStore`` (``history.jsonl``)
* ``autosave``    -- ``AutosaveStore``, crash recovery of open documents
"""
