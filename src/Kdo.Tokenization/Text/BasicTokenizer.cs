using System.Globalization;
using System.Text;

namespace Kdo.Tokenization.Text;

/// <summary>
/// Hugging Face's BasicTokenizer, the step before WordPiece: drops control characters, puts spaces around CJK
/// ideographs, applies NFC, splits on whitespace, lowercases and strips accents (NFD, then no Mn marks) as
/// configured, and makes every punctuation character a token of its own.
/// </summary>
internal sealed class BasicTokenizer(bool lowerCase, bool stripAccents, bool tokenizeChineseChars)
{
    private readonly StringBuilder _buffer = new();

    /// <summary>Appends the basic tokens of <paramref name="text"/> to <paramref name="output"/>. Not thread-safe.</summary>
    public void Split(string text, List<string> output)
    {
        if (IsAsciiWord(text))
        {
            output.Add(lowerCase ? text.ToLowerInvariant() : text); // the common case, which no other step changes
            return;
        }
        var cleaned = Clean(text);
        foreach (var token in CanonicalNormalization.Nfc(cleaned).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var normalized = token;
            if (lowerCase)
                normalized = Lower(normalized);
            if (stripAccents)
                normalized = StripAccents(normalized);
            SplitOnPunctuation(normalized, output);
        }
    }

    // _clean_text and _tokenize_chinese_chars: NUL, U+FFFD and control characters go, whitespace becomes a space.
    private string Clean(string text)
    {
        _buffer.Clear();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var code = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (code is 0 or 0xFFFD || IsControl(text, i))
                continue;
            if (IsWhitespace(text, i))
                _buffer.Append(' ');
            else if (tokenizeChineseChars && IsChinese(code))
                _buffer.Append(' ').Append(text, i, code > 0xFFFF ? 2 : 1).Append(' ');
            else
                _buffer.Append(text, i, code > 0xFFFF ? 2 : 1);
        }
        return _buffer.ToString();
    }

    // Python's str.lower(): .NET's invariant lowercasing plus the two full mappings it lacks for these scripts.
    private static string Lower(string token)
    {
        var lower = token.ToLowerInvariant(); // simple case mapping: one char for one char
        if (token.Contains('Σ'))
        {
            var chars = lower.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (token[i] == 'Σ' && i > 0 && char.IsLetter(chars[i - 1]) && (i + 1 == chars.Length || !char.IsLetter(chars[i + 1])))
                    chars[i] = 'ς'; // final sigma
            lower = new string(chars);
        }
        return lower.Contains('İ') ? lower.Replace("İ", "i\u0307", StringComparison.Ordinal) : lower;
    }

    private string StripAccents(string token)
    {
        var decomposed = CanonicalNormalization.Nfd(token);
        _buffer.Clear();
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                _buffer.Append(c);
        return _buffer.ToString();
    }

    private static void SplitOnPunctuation(string token, List<string> output)
    {
        var start = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var length = char.IsSurrogatePair(token, i) ? 2 : 1;
            if (IsPunctuation(token, i))
            {
                if (i > start)
                    output.Add(token[start..i]);
                output.Add(token.Substring(i, length));
                start = i + length;
            }
            i += length - 1;
        }
        if (token.Length > start)
            output.Add(start == 0 ? token : token[start..]);
    }

    private static bool IsAsciiWord(string text)
    {
        foreach (var c in text)
            if (c > '~' || !char.IsAsciiLetterOrDigit(c))
                return false;
        return text.Length > 0;
    }

    private static bool IsWhitespace(string text, int i) =>
        text[i] is ' ' or '\t' or '\n' or '\r' || CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.SpaceSeparator;

    // Python's unicodedata categories C*: control, format, surrogate, private use, unassigned; tab and newlines are whitespace.
    private static bool IsControl(string text, int i) =>
        text[i] is not ('\t' or '\n' or '\r') && CharUnicodeInfo.GetUnicodeCategory(text, i)
            is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    // ASCII non-alphanumerics count as punctuation, as do Unicode's P* categories.
    private static bool IsPunctuation(string text, int i)
    {
        var c = text[i];
        if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~')
            return true;
        return CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    // The CJK Unified Ideographs blocks and their extensions and compatibility forms, as HF lists them.
    private static bool IsChinese(int code) =>
        code is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B73F
            or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}
