namespace Kdo.Extraction.Rules;

/// <summary>A span of text a recognizer labels with an entity type and a score, as Presidio's RecognizerResult.</summary>
/// <param name="Start">The first character (UTF-16 index into the text).</param>
/// <param name="End">Just after the last character.</param>
/// <param name="Type">The entity type ("rc", "evcu", "datum", "jmeno", "prijmeni").</param>
/// <param name="Score">The recognizer's confidence in [0, 1].</param>
internal readonly record struct Recognition(int Start, int End, string Type, float Score);
