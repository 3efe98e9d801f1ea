namespace Kdo.Extraction.Llm;

/// <summary>Where and how the zero-shot LLM baseline asks an OpenAI-compatible chat endpoint.</summary>
public sealed record LlmOptions
{
    /// <summary>The endpoint's base URL, such as http://127.0.0.1:8080/v1 (requests go to {base}/chat/completions).</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The model name the endpoint knows.</summary>
    public required string Model { get; init; }

    /// <summary>The API key; local servers that need none get a placeholder.</summary>
    public string ApiKey { get; init; } = "none";

    /// <summary>The most characters of a document sent; longer documents are cut (the head holds most identifying data).</summary>
    public int MaxCharacters { get; init; } = 24_000;

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How often a failed request is retried (with the client's back-off).</summary>
    public int MaxRetries { get; init; } = 2;
}
