#!/usr/bin/env bash
# Prints the allocator environment a paxoskv server should start with, as KEY=VALUE lines
# (nothing when the caller chose already: LD_PRELOAD or GLIBC_TUNABLES set, even empty).
#
# jemalloc when the system has it (Debian: apt-get install libjemalloc2): it returns freed
# memory to the system within seconds and costs no system call per buffer. Otherwise
# glibc with a fixed 4 KiB mmap threshold, which returns freed buffers too but maps and
# unmaps every one of 4 KiB and more (each socket read is one): about twice the server
# CPU per request. With glibc's defaults a node keeps its peak heap for good. See
# docs/MEMORY.md. Used by ./run_all_servers and the bench; the image installs jemalloc.
#
# With jemalloc, MALLOC_CONF (unless set already): a background thread gives freed pages
# back, not the threads that allocate, and it gives them back over 30 s (not 10), so a
# busy node returns and faults in again fewer of the pages it frees and takes again:
# 5-17 % less server CPU per write at 64 clients in same-run A/Bs; an idle node still
# gives its freed memory back.
set -u
if [ -n "${LD_PRELOAD+set}" ] || [ -n "${GLIBC_TUNABLES+set}" ]; then exit 0; fi
# The Dockerfile sets the same MALLOC_CONF.
JEMALLOC_CONF=background_thread:true,dirty_decay_ms:30000
# This machine's own multiarch directory (Debian, Ubuntu) first: a library of another
# architecture installed beside it would be refused by the loader.
for lib in "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/lib64/libjemalloc.so.2 /usr/lib/libjemalloc.so.2 /usr/local/lib/libjemalloc.so.2; do
  if [ -f "$lib" ]; then
    echo "LD_PRELOAD=$lib"
    if [ -z "${MALLOC_CONF+set}" ]; then echo "MALLOC_CONF=$JEMALLOC_CONF"; fi
    exit 0
  fi
done
echo "GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4096"
