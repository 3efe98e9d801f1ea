using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Kdo.Corpus;

namespace Kdo.Extraction.Input;

/// <summary>
/// The text layer of a PDF through poppler's <c>pdftotext -layout</c>, run as a process (Debian package
/// poppler-utils; scripts/setup.sh installs it). Scanned PDFs without a text layer give empty text: OCR is not done.
/// </summary>
public static class PdfText
{
    /// <summary>The program that is run.</summary>
    public const string Program = "pdftotext";

    /// <summary>What to install when <see cref="Program"/> is missing.</summary>
    public const string MissingMessage = "pdftotext is not installed: it comes with the Debian package poppler-utils (run scripts/setup.sh, or apt-get install poppler-utils)";

    /// <summary>Whether <see cref="Program"/> can be run here.</summary>
    public static bool IsAvailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Program, "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            process?.WaitForExit();
            return process is not null;
        }
        catch (Win32Exception) { return false; }
    }

    /// <summary>The text of the PDF at <paramref name="path"/>, its pages laid out as pdftotext -layout does.</summary>
    /// <exception cref="InputException">The file is not a PDF that pdftotext can read.</exception>
    /// <exception cref="InvalidOperationException">pdftotext is not installed (<see cref="MissingMessage"/>).</exception>
    public static string Extract(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, "no such file");
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", "-q", path, "-" })
            start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start) ?? throw new InvalidOperationException(MissingMessage); }
        catch (Win32Exception e) { throw new InvalidOperationException(MissingMessage, e); }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InputException(path, null, $"pdftotext cannot read it (exit {process.ExitCode}): {error.Result.Split('\n')[0].Trim()}");
            // Pages end in form feeds; they are white space to the segmenter but read better as blank lines.
            return text.Replace('\f', '\n');
        }
    }
}
