"""A local stand-in for the TMDB API v3: real-shaped data, TMDB's errors and rate limits.

`catalogue` holds the films, `search` imitates TMDB's searches, `server` serves it all over HTTP
(`python -m fake_tmdb.server --help`, or `start_in_thread()` in tests).
"""
