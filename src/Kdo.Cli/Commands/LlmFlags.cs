using System.CommandLine;
using Kdo.Corpus;
using Kdo.Extraction.Llm;
using Kdo.Extraction.Tagging;

namespace Kdo.Cli.Commands;

/// <summary>The flags of the zero-shot LLM baseline: <c>--llm URL --llm-model NAME [--llm-key-env VAR]</c>.</summary>
internal sealed class LlmFlags
{
    private readonly Option<string?> _url = new("--llm") { Description = "Tag with a zero-shot LLM at this OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1)." };
    private readonly Option<string?> _model = new("--llm-model") { Description = "The model name for --llm." };
    private readonly Option<string> _keyVariable = new("--llm-key-env") { Description = "The environment variable that holds the API key for --llm.", DefaultValueFactory = _ => "OPENAI_API_KEY" };
    private readonly Option<int> _maxCharacters = new("--llm-max-chars") { Description = "The most characters of a document sent to the LLM.", DefaultValueFactory = _ => 24_000 };

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _url, _model, _keyVariable, _maxCharacters })
            command.Options.Add(option);
    }

    /// <summary>Whether --llm was given.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetValue(_url) is not null;

    /// <summary>The tagger the flags describe.</summary>
    /// <exception cref="InputException">The URL is not absolute http(s), the model is missing, or the limit is below 1.</exception>
    public LlmTagger Create(ParseResult parse)
    {
        var url = parse.GetValue(_url)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            throw new InputException("--llm", null, $"'{url}' is not an http(s) URL");
        var model = parse.GetValue(_model) is { Length: > 0 } name ? name : throw new InputException("--llm-model", null, "--llm needs --llm-model NAME");
        var limit = parse.GetValue(_maxCharacters);
        if (limit < 1)
            throw new InputException("--llm-max-chars", null, "must be at least 1");
        var key = Environment.GetEnvironmentVariable(parse.GetValue(_keyVariable) ?? "OPENAI_API_KEY");
        return new LlmTagger(new LlmOptions { Endpoint = endpoint, Model = model, ApiKey = key ?? "none", MaxCharacters = limit });
    }

    /// <summary>Tells how many answers were not JSON, when the tagger is the LLM's.</summary>
    public static void ReportProblems(IWordTagger tagger, TextWriter error)
    {
        if (tagger is LlmTagger { MalformedAnswers: > 0 } llm)
            error.WriteLine($"kdo: warning: {llm.MalformedAnswers} LLM answers were not JSON; their documents have every field not found");
    }
}
