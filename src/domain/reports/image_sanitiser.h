#pragma once
// Raster images reduced to what a decoder needs (threat model M9). Used for JPEG/PNG
// attachments, for every image inside an Office document (word/media/*, xl/media/*)
// and for the JPEG (DCTDecode) image streams inside a PDF. Allow-lists, not block-lists:
// a segment or chunk nobody listed is dropped (or the file refused), never kept.
//   JPEG  kept: SOI, DQT, DHT, DAC, SOF0–3/5–7/9–11/13–15, DRI, DNL, SOS with its
//         entropy-coded data (RSTn inside it), EOI. APP0 "JFIF" is rewritten to the bare
//         16-byte header (version, density; its embedded thumbnail dropped); APP14
//         "Adobe" is rewritten to the bare 12-byte header keeping only the colour
//         transform byte (needed to decode CMYK/YCCK). Dropped: APP1 (EXIF, GPS, XMP),
//         APP2 (ICC profile, MPF), APP3–APP13 (IPTC…), APP15, every other APP0/APP14
//         payload (JFXX thumbnails), COM, TEM, and anything after EOI (trailers, the
//         secondary images of MPF). Refused: hierarchical/JPEG-LS/extension markers
//         (DHP, EXP, JPG, JPGn, reserved) — rarely used, not decodable by viewers anyway;
//         a file without SOF, SOS or EOI.
//   PNG   kept: IHDR (first), PLTE, IDAT, IEND and the rendering chunks tRNS, gAMA,
//         cHRM, sRGB, pHYs, sBIT, bKGD; every other ancillary chunk dropped (tEXt, zTXt,
//         iTXt, eXIf, tIME, iCCP, APNG frames — the first image stays — and anything
//         unknown); an unknown critical chunk refuses the file; data after IEND dropped.
//   GIF   kept: header, screen descriptor, colour tables, image descriptors with their
//         data, graphic control and plain-text extensions, the NETSCAPE2.0/ANIMEXTS1.0
//         looping extension; dropped: comment extensions and every other application
//         extension (XMP); data after the trailer dropped.
// Checks are structural: pixel data is copied byte for byte, never decoded (no
// decompression bomb on the public listener).
#include <string>
#include <string_view>

namespace qf::reports {

struct ImageResult {
  bool ok = false;
  std::string bytes;   // the reduced image when ok
  std::string why_zh;  // otherwise why it was refused (no file name: the caller adds it)
  std::string why_en;
};

ImageResult strip_jpeg(std::string_view in);
ImageResult strip_png(std::string_view in);
ImageResult strip_gif(std::string_view in);

//   SVG   (Office writes its icons as SVG with a PNG fallback) parsed (no DOCTYPE, no
//         entity expansion) and written anew without comments, processing instructions,
//         <metadata> (RDF, dc:creator…), <script>, editor elements and attributes
//         (sodipodi:*, inkscape:* — export paths, document names), on* event handlers.
ImageResult strip_svg(std::string_view in);

// An image part of an Office document, by content: JPEG, PNG, GIF and SVG reduced as
// above; BMP, EMF and WMF (no metadata blocks of their own) kept as they are; anything
// else (TIFF, HD Photo, video, audio, unknown) refused.
ImageResult strip_office_image(std::string_view in);

}  // namespace qf::reports
