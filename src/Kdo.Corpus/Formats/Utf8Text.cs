using System.Text;

namespace Kdo.Corpus.Formats;

/// <summary>
/// Reads the text formats as strict UTF-8: a byte that is not UTF-8 is an error rather than a silent replacement
/// character, because Czech files in a legacy code page (Windows-1250) would otherwise lose every accented letter
/// without a word. The error names no line: the reader decodes ahead of the line it returns.
/// </summary>
internal static class Utf8Text
{
    // With a preamble, StreamReader skips a byte order mark at the start; without detection, it never switches away.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>A reader of <paramref name="stream"/> (left open) that skips a byte order mark.</summary>
    public static StreamReader Open(Stream stream) => new(stream, Strict, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);

    /// <summary>The next line, or null at the end.</summary>
    public static string? ReadLine(StreamReader reader, string source)
    {
        try { return reader.ReadLine(); }
        catch (DecoderFallbackException e) { throw NotUtf8(source, e); }
    }

    /// <summary>The rest of the text.</summary>
    public static string ReadToEnd(StreamReader reader, string source)
    {
        try { return reader.ReadToEnd(); }
        catch (DecoderFallbackException e) { throw NotUtf8(source, e); }
    }

    private static InputException NotUtf8(string source, Exception e) =>
        new(source, null, "the file is not UTF-8 (a file in Windows-1250 converts with: iconv -f cp1250 -t utf-8)", e);
}
