/* A fax machine for the analog end-to-end test (tests/analog_fax.rs), built by the test with cc
 * against Debian's libspandsp-dev. It is the audio side of a fax machine plugged into a simulated
 * FXS port: it reads what the line carries from stdin and writes what it sends to stdout, both
 * 8 kHz signed 16-bit little-endian samples in 10 ms frames, one frame out for each frame in.
 *
 *   fax_machine page FILE           write a one-page TIFF-F test page (fine, 1728 pixels wide)
 *   fax_machine send FILE           call and send FILE; exit 0 when the page went through
 *   fax_machine receive FILE        answer and receive into FILE; exit 0 when a page arrived
 *   fax_machine same FILE1 FILE2    exit 0 when both pages have the same pixels
 *
 * A call that has not finished after MAX_FRAMES frames (2 minutes) fails. */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tiffio.h>
#include <spandsp.h>

#define FRAME 80
#define MAX_FRAMES 12000
/* Frames of silence sent before the first answer: slack for the pipe's scheduling jitter, so
 * the line never runs short of samples from this side. */
#define LEAD_FRAMES 4
#define WIDTH 1728
#define ROWS 1100

static int done = 0;
static int result = -1;

static void phase_e(t30_state_t *s, void *user, int code) {
    (void)s;
    (void)user;
    result = code;
    done = 1;
}

/* A page with content on every row (stripes, a diagonal and a checker band), so a lost or
 * changed row shows. */
static int make_page(const char *path) {
    TIFF *t = TIFFOpen(path, "w");
    if (!t) return 2;
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, WIDTH);
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, ROWS);
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX3);
    TIFFSetField(t, TIFFTAG_GROUP3OPTIONS, GROUP3OPT_2DENCODING | GROUP3OPT_FILLBITS);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(t, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
    TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, ROWS);
    TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    TIFFSetField(t, TIFFTAG_XRESOLUTION, 204.0f);
    TIFFSetField(t, TIFFTAG_YRESOLUTION, 196.0f);
    TIFFSetField(t, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
    TIFFSetField(t, TIFFTAG_PAGENUMBER, 0, 1);
    uint8_t row[WIDTH / 8];
    for (int y = 0; y < ROWS; y++) {
        memset(row, 0, sizeof row);
        for (int x = 0; x < WIDTH; x++) {
            int black = (y / 40) % 2 ? (x / 64 + y / 64) % 2 == 0 : x == y % WIDTH || x % 200 < (y % 50);
            if (black) row[x / 8] |= 0x80 >> (x % 8);
        }
        if (TIFFWriteScanline(t, row, y, 0) < 0) return 2;
    }
    TIFFWriteDirectory(t);
    TIFFClose(t);
    return 0;
}

static int same_pages(const char *a, const char *b) {
    TIFF *ta = TIFFOpen(a, "r"), *tb = TIFFOpen(b, "r");
    if (!ta || !tb) return 2;
    uint32_t wa = 0, ha = 0, wb = 0, hb = 0;
    TIFFGetField(ta, TIFFTAG_IMAGEWIDTH, &wa);
    TIFFGetField(ta, TIFFTAG_IMAGELENGTH, &ha);
    TIFFGetField(tb, TIFFTAG_IMAGEWIDTH, &wb);
    TIFFGetField(tb, TIFFTAG_IMAGELENGTH, &hb);
    if (wa != wb || ha != hb) {
        fprintf(stderr, "size %" PRIu32 "x%" PRIu32 " vs %" PRIu32 "x%" PRIu32 "\n", wa, ha, wb, hb);
        return 1;
    }
    tsize_t n = TIFFScanlineSize(ta);
    uint8_t *ra = malloc(n), *rb = malloc(n);
    for (uint32_t y = 0; y < ha; y++) {
        if (TIFFReadScanline(ta, ra, y, 0) < 0 || TIFFReadScanline(tb, rb, y, 0) < 0 ||
            memcmp(ra, rb, n) != 0) {
            fprintf(stderr, "row %" PRIu32 " differs\n", y);
            return 1;
        }
    }
    fprintf(stderr, "same %" PRIu32 "x%" PRIu32 "\n", wa, ha);
    return 0;
}

static int run_call(int calling, const char *path) {
    fax_state_t *fax = fax_init(NULL, calling);
    t30_state_t *t30 = fax_get_t30_state(fax);
    t30_set_tx_ident(t30, calling ? "EDGEPBX FXS1" : "EDGEPBX FXS2");
    t30_set_ecm_capability(t30, 1);
    t30_set_supported_compressions(t30, T30_SUPPORT_T4_1D_COMPRESSION |
                                            T30_SUPPORT_T4_2D_COMPRESSION |
                                            T30_SUPPORT_T6_COMPRESSION);
    if (calling)
        t30_set_tx_file(t30, path, -1, -1);
    else
        t30_set_rx_file(t30, path, -1);
    t30_set_phase_e_handler(t30, phase_e, NULL);
    int16_t in[FRAME], out[FRAME];
    memset(out, 0, sizeof out);
    for (int i = 0; i < LEAD_FRAMES; i++) fwrite(out, sizeof out, 1, stdout);
    fflush(stdout);
    /* The far machine may leave (its side of the pipe closes) while this one still sends its
     * last signal: then it hears silence, and what it sends goes nowhere. */
    signal(SIGPIPE, SIG_IGN);
    int frames = 0, line_open = 1;
    while (!done && frames < MAX_FRAMES) {
        if (line_open && fread(in, sizeof in, 1, stdin) != 1) line_open = 0;
        if (!line_open) memset(in, 0, sizeof in);
        frames++;
        fax_rx(fax, in, FRAME);
        int n = fax_tx(fax, out, FRAME);
        if (n < FRAME) memset(out + n, 0, (FRAME - n) * sizeof out[0]);
        if (line_open && (fwrite(out, sizeof out, 1, stdout) != 1 || fflush(stdout) != 0))
            line_open = 0;
    }
    t30_stats_t stats;
    t30_get_transfer_statistics(t30, &stats);
    fprintf(stderr, "%s: %s after %d frames (%.1f s); pages %d, %d bit/s, ECM %s\n",
            calling ? "sender" : "receiver", done ? t30_completion_code_to_str(result) : "not finished",
            frames, frames / 100.0, calling ? stats.pages_tx : stats.pages_rx, stats.bit_rate,
            stats.error_correcting_mode ? "on" : "off");
    fax_free(fax);
    return done && result == T30_ERR_OK ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "page") == 0) return make_page(argv[2]);
    if (argc == 3 && strcmp(argv[1], "send") == 0) return run_call(1, argv[2]);
    if (argc == 3 && strcmp(argv[1], "receive") == 0) return run_call(0, argv[2]);
    if (argc == 4 && strcmp(argv[1], "same") == 0) return same_pages(argv[2], argv[3]);
    fprintf(stderr, "usage: fax_machine page|send|receive FILE | same FILE1 FILE2\n");
    return 2;
}
