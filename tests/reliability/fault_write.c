/* Fail the Nth write (or fsync) to a file under a chosen folder, at the system-call boundary.
 *
 * Loaded with LD_PRELOAD into a child Python process, it sits between every library that writes
 * files (Python's io, zipfile, reportlab, openpyxl, SQLite's backup) and the kernel, so the app's
 * real code paths meet a real errno. Controlled from Python through ctypes:
 *   fault_arm(prefix, fail_at, err)  count writes to paths under `prefix`; the `fail_at`-th
 *                                     (1-based) fails with errno `err`; 0 only counts
 * Covered: write, pwrite(64), sendfile(64) and copy_file_range (shutil's fast copies), fsync,
 * fdatasync.
 *   fault_count()                    writes (and fsyncs) seen under `prefix` since arming
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/types.h>
#include <unistd.h>

static char prefix[PATH_MAX];
static size_t prefix_len;
static long fail_at;
static long seen;
static int fail_errno = EIO;

void fault_arm(const char *folder, long at, int err) {
    strncpy(prefix, folder, sizeof prefix - 1);
    prefix_len = strlen(prefix);
    fail_at = at;
    fail_errno = err;
    seen = 0;
}

long fault_count(void) { return seen; }

/* True if this call is the one to fail. */
static int hit(int fd) {
    char link[64], path[PATH_MAX];
    ssize_t n;
    if (prefix_len == 0) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, path, sizeof path - 1);
    if (n < (ssize_t)prefix_len) return 0;
    path[n] = '\0';
    /* the folder itself (fsync of the folder after a rename) or anything under it */
    if (strncmp(path, prefix, prefix_len) != 0 || (path[prefix_len] != '\0' && path[prefix_len] != '/')) return 0;
    seen++;
    return fail_at > 0 && seen == fail_at;
}

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef int (*sync_fn)(int);
typedef ssize_t (*sendfile_fn)(int, int, off_t *, size_t);
typedef ssize_t (*copy_range_fn)(int, off_t *, int, off_t *, size_t, unsigned int);

#define REAL(name, type) static type real_##name; \
    if (!real_##name) real_##name = (type)dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t count) {
    REAL(write, write_fn);
    if (hit(fd)) { errno = fail_errno; return -1; }
    return real_write(fd, buf, count);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
    REAL(pwrite64, pwrite_fn);
    if (hit(fd)) { errno = fail_errno; return -1; }
    return real_pwrite64(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    REAL(pwrite, pwrite_fn);
    if (hit(fd)) { errno = fail_errno; return -1; }
    return real_pwrite(fd, buf, count, offset);
}

int fsync(int fd) {
    REAL(fsync, sync_fn);
    if (hit(fd)) { errno = fail_errno; return -1; }
    return real_fsync(fd);
}

int fdatasync(int fd) {
    REAL(fdatasync, sync_fn);
    if (hit(fd)) { errno = fail_errno; return -1; }
    return real_fdatasync(fd);
}

ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count) {
    REAL(sendfile, sendfile_fn);
    if (hit(out_fd)) { errno = fail_errno; return -1; }
    return real_sendfile(out_fd, in_fd, offset, count);
}

ssize_t sendfile64(int out_fd, int in_fd, off_t *offset, size_t count) {
    REAL(sendfile64, sendfile_fn);
    if (hit(out_fd)) { errno = fail_errno; return -1; }
    return real_sendfile64(out_fd, in_fd, offset, count);
}

ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned int flags) {
    REAL(copy_file_range, copy_range_fn);
    if (hit(fd_out)) { errno = fail_errno; return -1; }
    return real_copy_file_range(fd_in, off_in, fd_out, off_out, len, flags);
}
