"""Reading untrusted files away from the server: :class:`IsolatedReader` runs
:func:`matcher.intake.read_document` in a small pool of worker processes.

A file built to stall or exhaust a parser (a PDF page whose content stream
inflates to hundreds of megabytes, a DOCX that slips past the size checks)
then costs one worker, not the server: each read has a wall-clock time limit
and each worker an address-space limit (``RLIMIT_AS``, set when it starts).
A read over time gets :class:`~matcher.intake.IntakeError` ``timeout``; a worker
that dies (out of memory, a crash in a C library) gets ``unreadable``. Either
way that worker is killed and a fresh one started in the background, while
the other workers go on serving other requests.

Workers are started with the ``spawn`` context (never ``fork``: forking a
threaded server copies locks held by other threads), lazily on first use, and
are stopped at interpreter exit. Each worker talks to the server over its own
:func:`multiprocessing.Pipe`; idle workers wait in a list guarded by a
:class:`threading.Condition`, so any number of server threads may call
:meth:`IsolatedReader.read` at once. A request that finds every worker busy
waits up to the read time limit for one, then gets ``busy`` (the web layer
answers 503 with ``Retry-After``).

As with any use of ``spawn``, a script that starts a server using this module must
guard its entry point (``if __name__ == "__main__":``), because each worker
imports the main module; ``python -m matcher serve`` and the ``matcher``
command do. The CLI reads in-process: a person running it on their own file
can press Ctrl+C.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
import time
import weakref

from matcher.intake import MAX_BYTES, MAX_CHARS, MAX_PAGES, Document, IntakeError, check_size

DEFAULT_WORKERS = 2
DEFAULT_TIMEOUT = 15.0
DEFAULT_MEMORY_MB = 1536
#: How long a new worker may take to start (it imports the parsers); not part of a read's time limit.
START_TIMEOUT = 120.0

_READERS: weakref.WeakSet[IsolatedReader] = weakref.WeakSet()
_SHARED: dict[tuple[int, int], IsolatedReader] = {}
_SHARED_LOCK = threading.Lock()


def limit_memory(memory_bytes: int) -> None:
    """Cap this process's address space at ``memory_bytes`` (no-op where ``resource`` is missing)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn, memory_bytes: int) -> None:
    """A worker: read requests ``(data, filename, options)`` from ``conn`` until it closes or sends None."""
    import signal

    from matcher import intake

    # Ctrl+C in a terminal reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Import the parsers before the memory limit, so the limit is left for the files.
    for name in ("pypdfium2", "docx", "bs4", "charset_normalizer"):
        with contextlib.suppress(ImportError):
            __import__(name)
    if memory_bytes:
        limit_memory(memory_bytes)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        data, filename, options = request
        try:
            reply = ("ok", intake.read_document(data, filename, **options))
        except intake.IntakeError as exc:
            reply = ("error", exc.code, exc.message)
        except MemoryError:
            # A process that ran out of memory may be left in a bad state: it answers, then ends.
            reply = ("fatal", "unreadable", _too_demanding(filename))
        except Exception:  # a parser bug on odd input; the server only needs to know it failed
            reply = ("error", "unreadable", f"{filename} could not be read; re-export it and upload it again, "
                                            "or paste its text")
        del data, request
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
        if reply[0] == "fatal":
            return


def _too_demanding(filename: str) -> str:
    return (f"{filename} could not be read: it needs more memory than this server allows, or it crashed the "
            "reader; re-export it from your editor (or print it to PDF) and upload it again, or paste its text")


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context, memory_bytes: int):
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child, memory_bytes), name="matcher-reader",
                                       daemon=True)
        self.process.start()
        child.close()
        try:
            ready = self.conn.poll(START_TIMEOUT) and self.conn.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise IntakeError("unreadable", "the server could not start a file reader; try again in a minute")

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        """Ask the worker to finish, then make sure it has."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class IsolatedReader:
    """``read_document`` in up to ``workers`` worker processes, each read limited to ``timeout``
    seconds and each worker to ``memory_mb`` MB of address space (0: no limit)."""

    def __init__(self, workers: int = DEFAULT_WORKERS, timeout: float = DEFAULT_TIMEOUT,
                 memory_mb: int = DEFAULT_MEMORY_MB, context: str = "spawn"):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.size = workers
        self.timeout = float(timeout)
        self.memory_bytes = int(memory_mb) * 1024 * 1024
        self._context = multiprocessing.get_context(context)
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._slots = 0  # workers running or starting
        self._restarting = 0  # replacements being started in the background
        self._cond = threading.Condition()
        self._closed = False
        _READERS.add(self)

    # ---- reading --------------------------------------------------------------
    def read(self, data: bytes, filename: str | None = None, *, max_bytes: int = MAX_BYTES,
             max_chars: int = MAX_CHARS, max_pages: int = MAX_PAGES, timeout: float | None = None) -> Document:
        """Like :func:`matcher.intake.read_document` for bytes, in a worker. Raises
        :class:`IntakeError`: ``timeout`` when the read takes too long, ``busy`` when no worker
        comes free in that time, ``unreadable`` when the worker dies on the file."""
        data = bytes(data)
        filename = filename or "upload"
        check_size(len(data), filename, max_bytes)  # before copying a huge body into a pipe
        timeout = self.timeout if timeout is None else float(timeout)
        options = {"max_bytes": max_bytes, "max_chars": max_chars, "max_pages": max_pages}
        for attempt in range(2):
            worker = self._acquire(time.monotonic() + timeout)
            try:
                worker.conn.send((data, filename, options))
            except (OSError, ValueError):
                # The worker was gone before it got the file: not the file's fault, try another once.
                self._release(worker, healthy=False)
                if attempt:
                    raise IntakeError("unreadable", _too_demanding(filename)) from None
                continue
            break
        healthy = False
        try:
            if not worker.conn.poll(timeout):
                raise IntakeError(
                    "timeout",
                    f"{filename} took too long to read (more than {timeout:g} seconds); it may be damaged or "
                    "unusually complex. Re-export it from your editor (or print it to PDF), or paste its text",
                )
            try:
                reply = worker.conn.recv()
            except (EOFError, OSError):  # the worker died: out of memory, or a parser crashed
                raise IntakeError("unreadable", _too_demanding(filename)) from None
            healthy = reply[0] != "fatal"
        finally:
            self._release(worker, healthy)
        if reply[0] == "ok":
            return reply[1]
        raise IntakeError(reply[1], reply[2])

    # ---- the pool -------------------------------------------------------------
    def _acquire(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise IntakeError("unreadable", "the server is shutting down; try again in a minute")
                while self._idle:
                    worker = self._idle.pop()
                    if worker.alive():
                        self._busy.add(worker)
                        return worker
                    worker.kill()
                    self._slots -= 1
                if self._slots < self.size:
                    self._slots += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0 and not self._restarting:
                    raise IntakeError("busy", "the server is busy reading other files; try again in a minute")
                # A replacement on its way is worth waiting for past the deadline: it is seconds away.
                self._cond.wait(remaining if remaining > 0 else 0.5)
        try:
            worker = _Worker(self._context, self.memory_bytes)
        except BaseException:
            with self._cond:
                self._slots -= 1
                self._cond.notify()
            raise
        with self._cond:
            self._busy.add(worker)
        return worker

    def _release(self, worker: _Worker, healthy: bool) -> None:
        with self._cond:
            self._busy.discard(worker)
            if healthy and not self._closed:
                self._idle.append(worker)
                self._cond.notify()
                return
        worker.kill()
        with self._cond:
            if self._closed:
                self._slots -= 1
                self._cond.notify()
                return
            self._restarting += 1
        # Keep the slot and fill it with a fresh worker in the background, so the next request
        # does not wait for one to start. Not a daemon thread: an exiting server waits the few
        # seconds it takes, then stops that worker too, instead of abandoning it half started.
        threading.Thread(target=self._replace, name="matcher-reader-restart").start()

    def _replace(self) -> None:
        try:
            worker = _Worker(self._context, self.memory_bytes)
        except Exception:
            with self._cond:
                self._slots -= 1
                self._restarting -= 1
                self._cond.notify_all()
            return
        with self._cond:
            self._restarting -= 1
            self._cond.notify_all()
            if not self._closed:
                self._idle.append(worker)
                self._cond.notify()
                return
            self._slots -= 1
        worker.stop()

    def worker_pids(self) -> list[int]:
        """Process ids of the running workers (for monitoring and tests)."""
        with self._cond:
            return [w.pid for w in [*self._idle, *self._busy] if w.pid is not None and w.alive()]

    def close(self) -> None:
        """Stop every worker; reads in progress end with an error."""
        with self._cond:
            self._closed = True
            workers, self._idle = self._idle, []
            busy = list(self._busy)
            self._slots -= len(workers)
            self._cond.notify_all()
        for worker in workers:
            worker.stop()
        for worker in busy:  # their readers see EOF and report the file unreadable
            with contextlib.suppress(Exception):
                worker.process.kill()


def shared_reader(workers: int = DEFAULT_WORKERS, memory_mb: int = DEFAULT_MEMORY_MB,
                  timeout: float = DEFAULT_TIMEOUT) -> IsolatedReader:
    """One process-wide :class:`IsolatedReader` per pool size and memory limit, so many apps in one
    process (tests) share workers; pass the time limit to :meth:`IsolatedReader.read`."""
    key = (int(workers), int(memory_mb))
    with _SHARED_LOCK:
        reader = _SHARED.get(key)
        if reader is None or reader._closed:
            reader = _SHARED[key] = IsolatedReader(workers, timeout, memory_mb)
        return reader


@atexit.register
def _close_all() -> None:
    for reader in list(_READERS):
        with contextlib.suppress(Exception):
            reader.close()


__all__ = ["DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "DEFAULT_WORKERS", "IsolatedReader", "limit_memory",
           "shared_reader"]
