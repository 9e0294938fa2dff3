#pragma once

#include <QLabel>

// The strip at the top of the window that says where a Submit goes. The sandbox gets a loud
// colour so nobody mistakes practice runs for real jobs, or real jobs for practice.
class EndpointBanner : public QLabel
{
    Q_OBJECT

public:
    explicit EndpointBanner(QWidget *parent = nullptr);

    void setEndpoint(const QString &text, bool isSandbox);
};
