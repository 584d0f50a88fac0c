import SNSShell

