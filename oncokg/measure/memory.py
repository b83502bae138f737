"""Peak resident memory, the one figure every benchmark reports."""

from __future__ import annotations

import resource
import sys


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process, in MB; with `children`, the larger of it and
    the peak of its finished child processes (extraction workers)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if children:
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    # ru_maxrss is in bytes on macOS, kilobytes elsewhere
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
